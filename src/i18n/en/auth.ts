import type { Translation } from '../shape.ts';
import type { auth as source } from '../zh-CN/auth.ts';

export const auth = {
  title: '连心',
  tagline: 'Micro-lessons, party days and services — even without a network',
  formLabel: 'Sign in',
  login: 'Login name',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  activateLink: 'First sign-in / I have an activation code',
  errors: {
    required: 'Please enter your login name and password.',
    invalid_credentials: 'Wrong login name or password. Please check and try again.',
    rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
    network:
      'No network right now. The first sign-in needs a connection — please connect and try again.',
    unknown: 'Sign-in failed: {{message}}',
  },
} satisfies Translation<typeof source>;
