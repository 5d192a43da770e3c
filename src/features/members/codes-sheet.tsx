import { useTranslation } from 'react-i18next';
import './strings.ts';

export interface CodeRow {
  key: string;
  name: string;
  login: string;
  /** null: the code has not arrived yet (waiting for sync) */
  code: string | null;
}

/**
 * Activation codes as a table that prints on its own (members.css hides the rest of the page in
 * print), one row per person with the hint on how to use it, to cut into slips and hand over.
 */
export function CodesSheet({ rows, title }: { rows: readonly CodeRow[]; title: string }) {
  const { t } = useTranslation('members');
  return (
    <section className="print-sheet" aria-label={title}>
      <h2 className="print-sheet__title">{title}</h2>
      <div className="members-table-wrap">
        <table className="members-table codes-table">
          <thead>
            <tr>
              <th scope="col">{t('import.codeName')}</th>
              <th scope="col">{t('import.codeLogin')}</th>
              <th scope="col">{t('import.codeCode')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>{row.login}</td>
                <td className="codes-table__code">{row.code ?? t('waitingSync')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted print-sheet__hint">{t('import.codeHint')}</p>
    </section>
  );
}
