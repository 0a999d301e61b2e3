/**
 * Silences ADK's own console logger below ERROR: constructing SequentialAgent, ParallelAgent or
 * LoopAgent logs a deprecation WARN each (adk-js.md §1.4). ESM evaluates imports in order, so import
 * this module first in an agent entry file, before any module that constructs agents:
 *   import '../observability/quiet_adk_logs.js';
 * Under `adk web`/`api_server` it quiets the agent bundle's own copy of @google/adk, which is the
 * copy that warns; the server's request log is separate and unaffected.
 */
import { LogLevel, setLogLevel } from '@google/adk';

setLogLevel(LogLevel.ERROR);
