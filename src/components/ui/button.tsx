import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  block?: boolean;
  small?: boolean;
}

export function Button({
  variant = 'primary',
  block = false,
  small = false,
  type = 'button',
  className,
  ...props
}: ButtonProps) {
  const classes = [
    'btn',
    `btn--${variant}`,
    block && 'btn--block',
    small && 'btn--small',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...props} />;
}
