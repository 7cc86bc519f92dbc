import { CameraOff } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";

/** How often a frame is read for a QR code: often enough to feel instant, rare enough to spare a phone's battery. */
const EVERY_MS = 250;

/**
 * The back camera (asked for only when this opens), read for QR codes until it is closed: each new code's text
 * goes to `onCode`. The stream is stopped when the scanner closes.
 */
export function CameraScanner({
  onCode,
  onDenied,
  onStop,
}: {
  onCode: (text: string) => void;
  onDenied: () => void;
  onStop: () => void;
}) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onCode, onDenied });
  handlers.current = { onCode, onDenied };

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = "";
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch {
        if (!stopped) handlers.current.onDenied();
        return;
      }
      const element = video.current;
      if (stopped || !element) return;
      element.srcObject = stream;
      await element.play().catch(() => {});
      const { decodeQr, pixelsOf } = await import("../qr-image.ts");
      const tick = () => {
        if (stopped) return;
        if (element.videoWidth > 0) {
          const size = { width: element.videoWidth, height: element.videoHeight };
          const text = decodeQr(pixelsOf(element, size, 960));
          if (text && text !== last) {
            last = text;
            handlers.current.onCode(text);
          }
        }
        timer = setTimeout(tick, EVERY_MS);
      };
      tick();
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div className="space-y-2">
      <video
        ref={video}
        aria-label={t("vaccine-import:camera.label")}
        className="aspect-square w-full rounded-lg bg-stone-900 object-cover"
        muted
        playsInline
      />
      <p className="text-sm text-stone-700">{t("vaccine-import:camera.aim")}</p>
      <Button variant="secondary" onClick={onStop}>
        <CameraOff aria-hidden className="size-4" /> {t("vaccine-import:camera.stop")}
      </Button>
    </div>
  );
}
