import { FIELDS, RISK_LEVELS } from '../../../domain';
import { useApp } from '../../../state';
import { ItemArea, ItemSelect, ItemText } from '../../components/item-fields';
import { ListEditor } from '../../components/ListEditor';
import { t } from '../../messages-wizard';
import { confirmIfFilled } from './confirm-remove';

export function RisksStep() {
  const app = useApp();
  const d = app.draft.value!;
  const name = (n: string, i: number) => n.trim() || `${t.items.risks.one} ${i + 1}`;
  return (
    <>
      <p class="help">{FIELDS.risks.help}</p>
      <ListEditor
        commentSection="riskit"
        label={FIELDS.risks.label}
        itemName={t.items.risks.one}
        addName={t.items.risks.add}
        items={d.risks}
        onAdd={() => app.actions.addItem('risks', { risk: '', likelihood: '', impact: '', mitigation: '' })}
        onMove={(id, delta) => app.actions.moveItem('risks', id, delta)}
        onRemove={(id) => app.actions.removeItem('risks', id)}
        describe={(r, i) => name(r.risk, i)}
        confirmRemove={(r) => confirmIfFilled(r, name(r.risk, d.risks.indexOf(r)))}
      >
        {(r) => (
          <>
            <ItemText list="risks" item={r} prop="risk" />
            <div class="row">
              <ItemSelect list="risks" item={r} prop="likelihood" options={RISK_LEVELS} />
              <ItemSelect list="risks" item={r} prop="impact" options={RISK_LEVELS} />
            </div>
            <ItemArea list="risks" item={r} prop="mitigation" rows={2} />
          </>
        )}
      </ListEditor>
    </>
  );
}
