import { DEFAULT_GEMINI_MODEL } from '../../adk.config.js';

/** Who read a request under BTP_MODEL=hybrid when the grammar could not: what parse_request's `read_by` and the report say. */
export const GEMINI_READER = `Gemini (${DEFAULT_GEMINI_MODEL})`;

/** What BTP_MODEL=hybrid adds to the grammar's not_understood answer when no Gemini key is set (no ADK import: the CLI prints it too). */
export const HYBRID_NO_KEY_HINT = 'BTP_MODEL=hybrid: set GOOGLE_API_KEY and Gemini reads what the grammar cannot.';
