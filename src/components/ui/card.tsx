import type { HTMLAttributes, ReactNode } from 'react';

interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title inside the page outline. */
  level?: 2 | 3;
  as?: 'section' | 'article' | 'div';
}

export function Card({
  title,
  level = 2,
  as: Tag = 'section',
  className,
  children,
  ...props
}: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Tag className={className ? `card ${className}` : 'card'} {...props}>
      {title && <Heading className="card__title">{title}</Heading>}
      {children}
    </Tag>
  );
}
