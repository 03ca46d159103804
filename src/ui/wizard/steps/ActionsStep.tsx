import { FIELDS, goalChoices, issuesFor } from '../../../domain';
import { useApp } from '../../../state';
import { CheckboxGroup, fieldDomId } from '../../components/fields';
import { ItemArea, ItemText } from '../../components/item-fields';
import { ListEditor } from '../../components/ListEditor';
import { t } from '../../messages-wizard';
import { confirmIfFilled } from './confirm-remove';

export function ActionsStep() {
  const app = useApp();
  const d = app.draft.value!;
  const goals = goalChoices(d);
  const name = (title: string, i: number) => title.trim() || `${t.items.actions.one} ${i + 1}`;
  return (
    <>
      <p class="help">{FIELDS.actions.help}</p>
      <ListEditor
        commentSection="toimenpiteet"
        label={FIELDS.actions.label}
        itemName={t.items.actions.one}
        addName={t.items.actions.add}
        items={d.actions}
        onAdd={() => app.actions.addItem('actions', { title: '', description: '', goalIds: [], timing: '', responsible: '' })}
        onMove={(id, delta) => app.actions.moveItem('actions', id, delta)}
        onRemove={(id) => app.actions.removeItem('actions', id)}
        describe={(a, i) => name(a.title, i)}
        confirmRemove={(a) => confirmIfFilled(a, name(a.title, d.actions.indexOf(a)))}
      >
        {(action) => {
          const path = `actions.${action.id}.goalIds`;
          return (
            <>
              <ItemText list="actions" item={action} prop="title" />
              <ItemArea list="actions" item={action} prop="description" />
              <CheckboxGroup
                id={fieldDomId(path)}
                text={FIELDS['actions.goalIds']}
                value={action.goalIds}
                options={goals}
                issues={issuesFor(app.issues.value, path)}
                onValue={(goalIds) => app.actions.updateItem('actions', action.id, { goalIds: [...goalIds] })}
              />
              <div class="row">
                <ItemText list="actions" item={action} prop="timing" />
                <ItemText list="actions" item={action} prop="responsible" />
              </div>
            </>
          );
        }}
      </ListEditor>
    </>
  );
}
