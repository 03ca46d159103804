import { FIELDS, LOI_STATUSES } from '../../../domain';
import { useApp } from '../../../state';
import { ItemArea, ItemSelect, ItemText } from '../../components/item-fields';
import { ListEditor } from '../../components/ListEditor';
import { t } from '../../messages-wizard';
import { confirmIfFilled } from './confirm-remove';

export function PartnersStep() {
  const app = useApp();
  const d = app.draft.value!;
  const name = (n: string, i: number) => n.trim() || `${t.items.partners.one} ${i + 1}`;
  return (
    <>
      <p class="help">{FIELDS.partners.help}</p>
      <ListEditor
        commentSection="kumppanit"
        label={FIELDS.partners.label}
        itemName={t.items.partners.one}
        addName={t.items.partners.add}
        items={d.partners}
        onAdd={() => app.actions.addItem('partners', { name: '', role: '', loiStatus: 'ei' })}
        onMove={(id, delta) => app.actions.moveItem('partners', id, delta)}
        onRemove={(id) => app.actions.removeItem('partners', id)}
        describe={(p, i) => name(p.name, i)}
        confirmRemove={(p) => confirmIfFilled(p, name(p.name, d.partners.indexOf(p)))}
      >
        {(p) => (
          <>
            <ItemText list="partners" item={p} prop="name" />
            <ItemArea list="partners" item={p} prop="role" rows={2} />
            <ItemSelect list="partners" item={p} prop="loiStatus" options={LOI_STATUSES} allowEmpty={false} />
          </>
        )}
      </ListEditor>
    </>
  );
}
