/**
 * The demo's load check (demo/load-check.mjs, `npm run load-check`) run small, so it cannot rot: the
 * same code with 10 citizens against its own server process, every request answered, every
 * application stored under the reference its receipt gave; and the check's gates can fail: citizens
 * whose application the server refuses are errors, and then stored ≠ sent. Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';

/** What a citizen of the load check can do (demo/load/citizen.mjs). */
interface Citizen {
  index: number;
  memory: { sent?: boolean; reference?: string };
  submit(
    action: string,
    answers: (form: unknown) => [string, string | Blob, string?][],
    options?: { onSend?: () => void },
  ): Promise<unknown>;
}
interface Step {
  name: string;
  run(citizen: Citizen): Promise<void>;
}
interface LoadCheck {
  runLoadCheck(options: { citizens: number; timeLimitSeconds: number; steps?: Step[] }): Promise<{
    ok: boolean;
    errors: string[];
    sent: number;
    stored: number;
    missing: string[];
    timings: { kind: string; status: number; ms: number }[];
    report: string;
  }>;
}
interface ParkingApplication {
  parkingAnswers(index: number, memory: unknown): (form: unknown) => [string, string | Blob, string?][];
}

// Plain JavaScript modules without type declarations: imported by URL and typed here.
const loadCheck = (await import(new URL('../../demo/load-check.mjs', import.meta.url).href)) as LoadCheck;
const parking = (await import(
  new URL('../../demo/load/parking-application.mjs', import.meta.url).href
)) as ParkingApplication;
const { PARKING_STEPS_WITH_LOGIN } = (await import(
  new URL('../../demo/load/demo-login.mjs', import.meta.url).href
)) as { PARKING_STEPS_WITH_LOGIN: Step[] };

describe('the load check (demo/load-check.mjs)', () => {
  it('10 citizens at once: no error, 10 sent, 10 stored, every request kind reported', async () => {
    const result = await loadCheck.runLoadCheck({ citizens: 10, timeLimitSeconds: 25 });
    expect(result.errors).toEqual([]);
    expect({ sent: result.sent, stored: result.stored, missing: result.missing }).toEqual({
      sent: 10,
      stored: 10,
      missing: [],
    });
    expect(result.ok).toBe(true);
    const kinds = new Map<string, number>();
    for (const { kind } of result.timings) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    expect(kinds.get('POST /log-ind')).toBe(10); // each citizen logs in first, which opens the application
    expect(kinds.get('GET /parkering after the login')).toBe(10);
    expect(kinds.get('POST /parkering')).toBe(10);
    expect(kinds.get('GET asset')).toBeGreaterThanOrEqual(20); // the stylesheets and the library at least
    expect(result.timings.every((t) => t.status >= 200 && t.status < 400)).toBe(true);
    expect(result.report).toMatch(/\| POST \/parkering \| 10 \|/u);
    expect(result.report).toMatch(/Submissions sent 10, stored \*\*10\*\*/u);
    expect(result.report).toMatch(/Machine: .+ cores, .+ GiB RAM, .+ Node v\d+/u);
  });

  it('fails when the server refuses the applications: each refusal is an error, and stored ≠ sent', async () => {
    // The same citizens, but the upload is left out: the server answers 422 and keeps nothing.
    const withoutUpload: Step = {
      name: 'send the application without its document',
      run: async (citizen) => {
        await citizen.submit(
          '/parkering',
          (form) =>
            parking
              .parkingAnswers(
                citizen.index,
                citizen.memory,
              )(form)
              .filter(([name]) => name !== 'dokumentation'),
          { onSend: () => (citizen.memory.sent = true) },
        );
      },
    };
    const steps = [...PARKING_STEPS_WITH_LOGIN.slice(0, -1), withoutUpload];
    const result = await loadCheck.runLoadCheck({ citizens: 3, timeLimitSeconds: 25, steps });
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/POST \/parkering: answered 422, expected 200/u);
    expect({ sent: result.sent, stored: result.stored }).toEqual({ sent: 3, stored: 0 });
    expect(result.report).toMatch(/Errors: \*\*3\*\*/u);
  });
});
