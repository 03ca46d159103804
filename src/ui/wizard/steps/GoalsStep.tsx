import { FIELDS, goalLinks } from '../../../domain';
import { useApp } from '../../../state';
import { BoundArea } from '../../components/bound';
import { ItemArea } from '../../components/item-fields';
import { ListEditor } from '../../components/ListEditor';
import { t } from '../../messages-wizard';

export function GoalsStep() {
  const app = useApp();
  const d = app.draft.value!;
  return (
    <>
      <BoundArea path="mainGoal" rows={3} />
      <h2 class="section-title">{FIELDS.subGoals.label}</h2>
      <p class="help">{FIELDS.subGoals.help}</p>
      <ListEditor
        commentSection="tavoitteet"
        label={FIELDS.subGoals.label}
        itemName={t.items.subGoals.one}
        addName={t.items.subGoals.add}
        items={d.subGoals}
        onAdd={() => app.actions.addItem('subGoals', { text: '' })}
        onMove={(id, delta) => app.actions.moveItem('subGoals', id, delta)}
        onRemove={(id) => app.actions.removeItem('subGoals', id)}
        describe={(g, i) => g.text.trim() || `${t.items.subGoals.one} ${i + 1}`}
        confirmRemove={(goal) => {
          const links = goalLinks(d, goal.id);
          if (!goal.text.trim() && links.actions.length === 0 && links.indicators.length === 0) return null;
          return {
            title: t.list.removeGoalTitle,
            body: t.list.removeGoalBody(
              links.actions.map((a, i) => `”${a.title.trim() || `${t.items.actions.one} ${d.actions.indexOf(a) + 1 || i + 1}`}”`),
              links.indicators.map((x) => `”${x.name.trim() || 'nimetön mittari'}”`),
            ),
            confirmLabel: t.list.removeConfirm,
          };
        }}
      >
        {(goal) => <ItemArea list="subGoals" item={goal} prop="text" rows={2} />}
      </ListEditor>
    </>
  );
}
