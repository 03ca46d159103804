/**
 * Choosing the goals an action serves or an indicator measures. With a handful of goals these
 * are the plain checkboxes and select. With many (a draft can have 200 goals and 200 actions),
 * building every choice for every item would mean 40 000 checkboxes or options before the step
 * can be used, so the choices are built only when the user opens them.
 */
import { useComputed } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FIELDS, goalChoices, issuesFor, itemField, type GoalChoice } from '../../domain';
import { useApp } from '../../state';
import { t } from '../messages-wizard';
import { CheckboxGroup, fieldDomId, Select } from './fields';
import { sameIssues } from './same-issues';

/** More goals than this and the choices of each item are built on demand. */
export const MANY_GOALS = 8;

/**
 * The draft's goal choices as a signal that changes only when a goal's label does, so a step
 * does not re-render for every keystroke in an action's description.
 */
export function useGoalChoices(): readonly GoalChoice[] {
  const app = useApp();
  const last = useRef<{ key: string; goals: readonly GoalChoice[] }>({ key: '', goals: [] });
  const goals = useComputed(() => {
    const d = app.draft.current.value;
    const next = d ? goalChoices(d) : [];
    const key = next.map((g) => `${g.id}\u0000${g.label}`).join('\u0001');
    if (key !== last.current.key) last.current = { key, goals: next };
    return last.current.goals;
  });
  return goals.value;
}

/** The goals an action serves: checkboxes, or with many goals a summary and a button that opens them. */
export function ActionGoals({ actionId, value, goals }: { actionId: string; value: readonly string[]; goals: readonly GoalChoice[] }) {
  const app = useApp();
  const path = itemField('actions', actionId, 'goalIds');
  const id = fieldDomId(path);
  const issues = useComputed(sameIssues(() => issuesFor(app.paper.issues.value, path))).value;
  const [open, setOpen] = useState(false);
  const firstBox = useRef(false);
  useEffect(() => {
    // Opened by the button: keyboard focus moves to the first checkbox the button revealed.
    if (open && firstBox.current) {
      firstBox.current = false;
      document.querySelector<HTMLInputElement>(`#${CSS.escape(id)} input`)?.focus();
    }
  }, [open, id]);
  const set = (goalIds: readonly string[]) => app.edits.updateItem('actions', actionId, { goalIds: [...goalIds] });
  if (goals.length <= MANY_GOALS || open) {
    return <CheckboxGroup id={id} text={FIELDS['actions.goalIds']} value={value} options={goals} issues={issues} onValue={set} />;
  }
  const chosen = goals.filter((g) => value.includes(g.id)).map((g) => g.short);
  return (
    <div class="field goal-summary">
      <p class="label" id={`${id}-label`}>
        {FIELDS['actions.goalIds'].label}
      </p>
      <p id={`${id}-chosen`}>{chosen.length ? chosen.join(', ') : t.goals.noneChosen}</p>
      <button
        type="button"
        class="button small"
        aria-expanded="false"
        aria-describedby={`${id}-label ${id}-chosen`}
        onClick={() => {
          firstBox.current = true;
          setOpen(true);
        }}
      >
        {t.goals.choose(goals.length)}
      </button>
    </div>
  );
}

/**
 * The goal an indicator measures. With many goals the select holds only the chosen one until
 * the user reaches it (pointer or keyboard focus); the whole list is built before it opens.
 */
export function IndicatorGoal({ indicatorId, value, goals }: { indicatorId: string; value: string; goals: readonly GoalChoice[] }) {
  const app = useApp();
  const path = itemField('indicators', indicatorId, 'goalId');
  const issues = useComputed(sameIssues(() => issuesFor(app.paper.issues.value, path))).value;
  const [all, setAll] = useState(goals.length <= MANY_GOALS);
  const options = all ? goals : goals.filter((g) => g.id === value);
  return (
    // pointerdown and focusin come before the list opens; the state update renders in a microtask, in time.
    <div onPointerDown={() => setAll(true)} onFocusIn={() => setAll(true)}>
      <Select
        id={fieldDomId(path)}
        text={FIELDS['indicators.goalId']}
        value={value}
        options={options}
        allowEmpty
        issues={issues}
        onValue={(goalId) => app.edits.updateItem('indicators', indicatorId, { goalId })}
      />
    </div>
  );
}
