/**
 * Whatever the repository accepts, the app can open again: a property over valid drafts with
 * arbitrary values written into their date and id fields. Each draft the repository stores must
 * list without a problem and with a readable date, open as the same draft, render its PDF
 * content model and export a file that imports back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPdfModel,
  calculateBudget,
  evaluateFit,
  finnishDateTime,
  parseImportText,
  serializeDraftFile,
  UNKNOWN_DATE,
  type Draft,
} from '../../src/domain';
import { createIdbDraftsRepository, createMemoryDraftsRepository, type DraftsRepository } from '../../src/storage';
import { arbDraft, arbId } from '../draft-arbitrary';

const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    'not a date',
    '+999999-01-01T00:00:00.000Z',
    '2026-13-45T99:99:99Z',
    '2026-11-28',
    '',
    ' ',
    null,
    0,
    1e308,
    [],
    {},
  ),
  fc.string({ maxLength: 70 }),
  fc.anything(),
  arbId(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** A valid draft with one date or id field (at any depth) replaced by an arbitrary value. */
const arbTouchedDraft = fc.tuple(arbDraft(), fc.nat(), hostile).map(([draft, pick, value]) => {
  const copy = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
  const targets: { node: Record<string, unknown>; key: string }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (['id', 'createdAt', 'updatedAt', 'receivedAt', 'date', 'goalId', 'section', 'itemId'].includes(k)) {
        targets.push({ node: node as Record<string, unknown>, key: k });
      }
      walk(v);
    }
  };
  walk(copy);
  const target = targets[pick % targets.length]!;
  target.node[target.key] = value;
  return copy;
});

async function checkAccepted(repo: DraftsRepository, candidate: unknown): Promise<boolean> {
  const accepted = await repo.save(candidate as Draft).then(
    () => true,
    () => false,
  );
  if (!accepted) {
    expect(await repo.list()).toEqual([]);
    return false;
  }
  const id = (candidate as { id: string }).id;
  const [summary] = await repo.list();
  expect(summary?.problem).toBeUndefined();
  expect(finnishDateTime(summary!.updatedAt)).not.toBe(UNKNOWN_DATE);
  const opened = await repo.get(id);
  expect(opened).toEqual(candidate);
  const budget = calculateBudget(opened!);
  expect(() =>
    buildPdfModel({ draft: opened!, budget, fit: evaluateFit(opened!, budget), exportedAt: opened!.updatedAt, appVersion: 't' }),
  ).not.toThrow();
  const file = parseImportText(serializeDraftFile(opened!, { appVersion: 't', exportedAt: opened!.updatedAt }));
  expect(file).toEqual({ ok: true, kind: 'draft', drafts: [opened] });
  await repo.remove(id);
  return true;
}

describe('every draft the repository accepts can be listed, opened and exported', () => {
  it('in the in-memory repository (400 runs)', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(arbTouchedDraft, async (candidate) => {
        if (await checkAccepted(createMemoryDraftsRepository(), candidate)) accepted++;
      }),
      { numRuns: 400, seed: 20261201 },
    );
    // Both sides of the property were exercised.
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(400);
  });

  it('in the IndexedDB repository (60 runs)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbTouchedDraft, async (candidate) => {
        const repo = await createIdbDraftsRepository({ name: `accepted-${++n}` });
        try {
          await checkAccepted(repo, candidate);
        } finally {
          repo.close();
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});
