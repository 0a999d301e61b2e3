import { describe, expect, it } from 'vitest';
import { loadConfig } from '../adk.config.js';
import { toolDependencies } from './tool_dependencies.js';

describe('toolDependencies', () => {
  const noon = Date.UTC(2031, 2, 5, 12); // 2031-03-05T12:00:00Z

  it('gives the tools the injected clock, and today is its UTC day when BTP_TODAY is not set', () => {
    const dependencies = toolDependencies(loadConfig({}), () => noon);
    expect(dependencies.now()).toBe(noon);
    expect(dependencies.today()).toBe('2031-03-05');
  });

  it('keeps BTP_TODAY as today whatever the clock says', () => {
    expect(toolDependencies(loadConfig({ BTP_TODAY: '2026-11-24' }), () => noon).today()).toBe('2026-11-24');
  });

  it('runs on the real clock by default', () => {
    const before = Date.now();
    const now = toolDependencies(loadConfig({})).now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
