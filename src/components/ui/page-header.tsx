import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** e.g. a back link or an IconButton; placed before the title. */
  leading?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, leading, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      {leading}
      <h1 className="page-header__title">{title}</h1>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
