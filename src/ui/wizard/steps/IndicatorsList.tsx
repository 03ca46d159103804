import { useComputed } from '@preact/signals';
import { FIELDS, INDICATOR_PRESETS, MAX_ITEMS } from '../../../domain';
import { t } from '../../messages-wizard';
import { useApp } from '../../../state';
import { DraftListEditor } from '../../components/DraftListEditor';
import { IndicatorGoal, useGoalChoices } from '../../components/goal-pickers';
import { ItemText } from '../../components/item-fields';
import { useLocked } from '../../components/locked';

/** The indicators of the results part (its slot 'indicators'), with ready-made ones to add. */
export function IndicatorsList() {
  const app = useApp();
  const locked = useLocked();
  // Goal labels and the count only: the step does not re-render while an indicator is typed.
  const goals = useGoalChoices();
  const full = useComputed(() => (app.draft.current.value?.indicators.length ?? 0) >= MAX_ITEMS).value;
  return (
    <>
      <h2 class="section-title">{FIELDS.indicators.label}</h2>
      <p class="help">{FIELDS.indicators.help}</p>
      <DraftListEditor list="indicators" commentSection="tulokset" itemDeps={goals}>
        {(x) => (
          <>
            <IndicatorGoal indicatorId={x.id} value={x.goalId} goals={goals} />
            <ItemText list="indicators" item={x} prop="name" />
            <div class="row">
              <ItemText list="indicators" item={x} prop="unit" />
              <ItemText list="indicators" item={x} prop="baseline" />
              <ItemText list="indicators" item={x} prop="target" />
            </div>
            <ItemText list="indicators" item={x} prop="source" />
          </>
        )}
      </DraftListEditor>
      <div class="presets" hidden={locked}>
        <p class="help">{t.items.indicators.presets}</p>
        <div class="card-actions">
          {INDICATOR_PRESETS.map((p) => (
            <button
              type="button"
              class="button"
              disabled={full}
              onClick={() => app.edits.addItem('indicators', { ...p.indicator, goalId: '' })}
            >
              + {p.title}
            </button>
          ))}
        </div>
      </div>
    </>
  );
}
