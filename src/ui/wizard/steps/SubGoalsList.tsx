import { FIELDS, goalLinks, itemNameText } from '../../../domain';
import { useApp } from '../../../state';
import { DraftListEditor } from '../../components/DraftListEditor';
import { ItemArea } from '../../components/item-fields';
import { t } from '../../messages-wizard';

/** The sub-goals of the goals part (its slot 'subGoals'; the main goal is a plain question). */
export function SubGoalsList() {
  const app = useApp();
  return (
    <>
      <h2 class="section-title">{FIELDS.subGoals.label}</h2>
      <p class="help">{FIELDS.subGoals.help}</p>
      <DraftListEditor
        list="subGoals"
        commentSection="tavoitteet"
        confirmRemove={(goal) => {
          const d = app.draft.current.peek()!;
          const links = goalLinks(d, goal.id);
          if (!goal.text.trim() && links.actions.length === 0 && links.indicators.length === 0) return null;
          return {
            title: t.list.removeGoalTitle,
            body: t.list.removeGoalBody(
              links.actions.map((a) => `”${itemNameText('actions', a) || `${t.items.actions.one} ${d.actions.indexOf(a) + 1}`}”`),
              links.indicators.map((x) => `”${itemNameText('indicators', x) || t.items.indicators.unnamed}”`),
            ),
            confirmLabel: t.list.removeConfirm,
          };
        }}
      >
        {(goal) => <ItemArea list="subGoals" item={goal} prop="text" rows={2} />}
      </DraftListEditor>
    </>
  );
}
