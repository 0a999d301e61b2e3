/** What BTP_MODEL=hybrid adds to the grammar's not_understood answer when no Gemini key is set (no ADK import: the CLI prints it too). */
export const HYBRID_NO_KEY_HINT = 'BTP_MODEL=hybrid: set GOOGLE_API_KEY and Gemini reads what the grammar cannot.';
