import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { IMPORT_HEADERS, MAX_IMPORT_ROWS, type ImportCreated } from '../../shared/org/api.ts';
import { codesCsv } from './codes-csv.ts';
import { CodesSheet } from './codes-sheet.tsx';
import { describeRowErrors, importRowErrors, type RowProblem } from './import-errors.ts';
import { uploadRoll, type UploadProgress } from './import-upload.ts';
import { MembersNav } from './members-nav.tsx';
import { readRoll, ROLL_ACCEPT, templateXlsx } from './read-roll.ts';
import { headerOk, rollCsv, rowAtLine, templateCsv, tooManyRows, type Roll } from './roll.ts';
import { saveFile } from './save-file.ts';
import { useOnline } from './use-online.ts';
import './strings.ts';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'local'; message: string }
  | { kind: 'sending'; dryRun: boolean; progress: UploadProgress }
  | { kind: 'bad'; problems: RowProblem[] }
  | { kind: 'valid'; count: number }
  | { kind: 'done'; created: ImportCreated[] }
  | { kind: 'failed'; message: string };

/**
 * Bulk import of a branch roll: read the file here (CSV or XLSX), let the server check every row
 * (dry run), then import all or nothing and hand out the activation codes.
 */
export function ImportPage() {
  const { t } = useTranslation('members');
  const online = useOnline();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; roll: Roll } | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const send = async (roll: Roll, dryRun: boolean) => {
    setStep({ kind: 'sending', dryRun, progress: { sent: 0 } });
    try {
      const csv = rollCsv(roll);
      const onProgress = (progress: UploadProgress) =>
        setStep({ kind: 'sending', dryRun, progress });
      if (dryRun) {
        const answer = await uploadRoll(csv, true, onProgress);
        setStep({ kind: 'valid', count: answer.valid });
      } else {
        const answer = await uploadRoll(csv, false, onProgress);
        setStep({ kind: 'done', created: answer.created });
      }
    } catch (error) {
      const rows = importRowErrors(error);
      if (rows) {
        setStep({ kind: 'bad', problems: describeRowErrors(rows, t) });
        return;
      }
      const offline = error instanceof Error && 'code' in error && error.code === 'network';
      setStep({
        kind: 'failed',
        message: offline
          ? t('import.offline')
          : t('import.failed', { message: error instanceof Error ? error.message : '' }),
      });
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setStep({ kind: 'reading' });
    let roll: Roll;
    try {
      roll = await readRoll(chosen);
    } catch {
      setFile(null);
      setStep({ kind: 'local', message: t('import.unreadable') });
      return;
    }
    setFile({ name: chosen.name, roll });
    // What the file itself shows is said at once, without a round trip.
    if (!headerOk(roll.header)) setStep({ kind: 'local', message: t('import.errors.header') });
    else if (roll.rows.length === 0) setStep({ kind: 'local', message: t('import.empty') });
    else if (tooManyRows(roll))
      setStep({
        kind: 'local',
        message: t('import.errors.too_many_rows', { max: MAX_IMPORT_ROWS }),
      });
    else if (!navigator.onLine) setStep({ kind: 'idle' });
    else await send(roll, true);
  };

  const codeRows = (created: readonly ImportCreated[]) =>
    created.map((c) => ({
      key: c.login,
      name: c.name || (file ? (rowAtLine(file.roll, c.line)?.[0] ?? '') : ''),
      login: c.login,
      code: c.activationCode,
    }));

  const busy = step.kind === 'reading' || step.kind === 'sending';

  return (
    <div className="stack">
      <PageHeader title={t('import.title')} />
      <MembersNav />
      {step.kind !== 'done' && (
        <Card className="stack no-print">
          <p>{t('import.intro')}</p>
          <p className="muted">{t('import.columns')}</p>
          <div className="members-buttons">
            <Button
              variant="ghost"
              small
              onClick={() => saveFile('党员名册模板.csv', templateCsv())}
            >
              {t('import.template')}
            </Button>
            <Button
              variant="ghost"
              small
              onClick={() =>
                void templateXlsx(IMPORT_HEADERS.zh).then((blob) =>
                  saveFile('党员名册模板.xlsx', blob),
                )
              }
            >
              {t('import.templateXlsx')}
            </Button>
          </div>
          {!online && (
            <p className="callout callout--warning" role="status">
              {t('import.offline')}
            </p>
          )}
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            accept={ROLL_ACCEPT}
            onChange={(event) => void choose(event)}
            aria-label={t('import.pick')}
            tabIndex={-1}
          />
          <Button block disabled={busy || !online} onClick={() => input.current?.click()}>
            {t('import.pick')}
          </Button>
          {file && (
            <p className="muted">
              {t('import.rows', { name: file.name, count: file.roll.rows.length })}
            </p>
          )}
        </Card>
      )}

      {step.kind === 'reading' && <p className="muted">{t('import.reading')}</p>}
      {step.kind === 'local' && (
        <p className="form-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === 'idle' && file && online && (
        <Button onClick={() => void send(file.roll, true)}>{t('import.check')}</Button>
      )}
      {step.kind === 'sending' && (
        <ProgressBar
          label={
            step.progress.sent === null
              ? t('import.waitingServer')
              : step.dryRun
                ? t('import.checking')
                : t('import.importing')
          }
          value={step.progress.sent === null ? null : Math.round(step.progress.sent * 100)}
          valueText={
            step.progress.sent === null ? undefined : `${Math.round(step.progress.sent * 100)}%`
          }
        />
      )}
      {step.kind === 'failed' && (
        <p className="form-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === 'bad' && (
        <section className="card stack import-problems" aria-labelledby="import-bad">
          <div role="alert">
            <h2 id="import-bad" className="card__title">
              {t('import.bad', { count: step.problems.length })}
            </h2>
          </div>
          <ol className="list">
            {step.problems.map((p) => {
              const row = file ? rowAtLine(file.roll, p.line) : undefined;
              return (
                <li key={p.line}>
                  <strong>{t('import.line', { line: p.line })}</strong>
                  {row && <span className="muted"> {row.slice(0, 3).join(' · ')}</span>}
                  <ul className="import-problems__reasons">
                    {p.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {step.kind === 'valid' && file && (
        <Card className="stack">
          <p role="status">{t('import.valid', { count: step.count })}</p>
          <Button block disabled={!online} onClick={() => void send(file.roll, false)}>
            {t('import.importAll')}
          </Button>
        </Card>
      )}
      {step.kind === 'done' && (
        <div className="stack">
          <p role="status" className="callout no-print">
            {t('import.done', { count: step.created.length })}
          </p>
          <div className="members-buttons no-print">
            <Button onClick={() => window.print()}>{t('import.print')}</Button>
            <Button
              variant="secondary"
              onClick={() =>
                saveFile(
                  '激活码.csv',
                  codesCsv(
                    codeRows(step.created).map((r) => ({
                      name: r.name,
                      login: r.login,
                      activationCode: r.code,
                    })),
                    [t('import.codeName'), t('import.codeLogin'), t('import.codeCode')],
                  ),
                )
              }
            >
              {t('import.exportCsv')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setFile(null);
                setStep({ kind: 'idle' });
              }}
            >
              {t('import.again')}
            </Button>
          </div>
          <CodesSheet rows={codeRows(step.created)} title={t('import.codesTitle')} />
        </div>
      )}
    </div>
  );
}
