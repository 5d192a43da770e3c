/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it exists (Chrome on
 * Android), otherwise jsQR on canvas frames (iOS Safari, desktop Firefox). jsQR loads only then.
 */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorCtor {
  new (opts: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

export interface Scanner {
  stop(): void;
}

export type ScanError = 'no_camera' | 'denied' | 'failed';

const FRAME_MS = 200;
const MAX_SIDE = 640;

async function makeDecoder(): Promise<(video: HTMLVideoElement) => Promise<string | null>> {
  const Ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  if (Ctor) {
    try {
      if ((await Ctor.getSupportedFormats()).includes('qr_code')) {
        const detector = new Ctor({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
      }
    } catch {
      // fall through to jsQR
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!ctx || !video.videoWidth) return null;
    const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return (
      jsQR(img.data, img.width, img.height, { inversionAttempts: 'attemptBoth' })?.data ?? null
    );
  };
}

/**
 * Starts the back camera in `video` and calls `onText` with each QR text read; scanning goes on
 * until `onText` returns true or `stop()` is called. Throws a ScanError code when there is no camera.
 */
export async function startScanner(
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
): Promise<Scanner> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no_camera' satisfies ScanError);
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
  } catch (err) {
    const name = err instanceof DOMException ? err.name : '';
    throw new Error(
      (name === 'NotAllowedError'
        ? 'denied'
        : name === 'NotFoundError'
          ? 'no_camera'
          : 'failed') satisfies ScanError,
    );
  }
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  video.srcObject = stream;
  video.setAttribute('playsinline', 'true');
  await video.play().catch(() => undefined);
  const decode = await makeDecoder();
  const tick = async () => {
    if (stopped) return;
    const text = await decode(video).catch(() => null);
    if (stopped) return;
    if (text && onText(text)) {
      stop();
      return;
    }
    timer = setTimeout(() => void tick(), FRAME_MS);
  };
  void tick();
  return { stop };
}
