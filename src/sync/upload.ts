import type { ApiErrorBody } from '../shared/errors.ts';
import { ApiRequestError } from './api-error.ts';

export interface UploadOptions {
  /** prefix for `/api/...`; '' in the app (same origin) */
  baseUrl?: string;
  token: string | null;
  contentType: string;
  /** bytes sent so far and the total, while the body goes up */
  onUploadProgress?: (sent: number, total: number) => void;
  /** the body is sent; the server's answer is awaited */
  onUploaded?: () => void;
  timeoutMs?: number;
}

const UPLOAD_TIMEOUT_MS = 120_000;

function errorOf(status: number, text: string): ApiRequestError {
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
    if (body.error && typeof body.error.code === 'string') {
      return new ApiRequestError(body.error.code, status, body.error.message, body.error.details);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiRequestError(`http_${status}`, status, `The server answered ${status}.`);
}

/**
 * One POST of a large body with upload progress. fetch cannot report how much of a request body
 * has gone out, XMLHttpRequest can; errors come back as the same ApiRequestError apiRequest throws.
 */
export function apiUpload<T>(path: string, body: Blob | string, opts: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${opts.baseUrl ?? ''}${path}`);
    xhr.timeout = opts.timeoutMs ?? UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('content-type', opts.contentType);
    xhr.setRequestHeader('accept', 'application/json');
    if (opts.token) xhr.setRequestHeader('authorization', `Bearer ${opts.token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) opts.onUploadProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => opts.onUploaded?.();
    xhr.onerror = () => reject(new ApiRequestError('network', 0, 'Network failure.'));
    xhr.ontimeout = () =>
      reject(new ApiRequestError('network', 0, 'The server did not answer in time.'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiRequestError('bad_response', xhr.status, 'The server sent no JSON.'));
        }
        return;
      }
      reject(errorOf(xhr.status, xhr.responseText));
    };
    xhr.send(body);
  });
}
