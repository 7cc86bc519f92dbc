// Reading a QR code from pixels with ZXing (@zxing/library, the maintained TypeScript port of ZXing). This module
// is loaded only when a person scans or chooses a picture (import-panel.tsx imports it lazily).
// Each class from its own module: the package's index pulls in every format (1D barcodes, PDF417, Aztec...).
import BarcodeFormat from "@zxing/library/esm/core/BarcodeFormat.js";
import BinaryBitmap from "@zxing/library/esm/core/BinaryBitmap.js";
import HybridBinarizer from "@zxing/library/esm/core/common/HybridBinarizer.js";
import DecodeHintType from "@zxing/library/esm/core/DecodeHintType.js";
import QRCodeReader from "@zxing/library/esm/core/qrcode/QRCodeReader.js";
import RGBLuminanceSource from "@zxing/library/esm/core/RGBLuminanceSource.js";

const reader = new QRCodeReader();
const hints = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
  [DecodeHintType.TRY_HARDER, true],
]);

/** The text of the QR code in an image's pixels, or null when none is found. */
export function decodeQr({ data, width, height }: ImageData): string | null {
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0; i < luminance.length; i++) {
    const at = i * 4;
    luminance[i] = ((data[at] ?? 0) * 299 + (data[at + 1] ?? 0) * 587 + (data[at + 2] ?? 0) * 114) / 1000;
  }
  try {
    return reader
      .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height))), hints)
      .getText();
  } catch {
    return null;
  } finally {
    reader.reset();
  }
}

/** The pixels of a drawable (a video frame, a decoded picture), scaled so the longer side is at most `longest`. */
export function pixelsOf(source: CanvasImageSource, size: { width: number; height: number }, longest: number) {
  const scale = Math.min(1, longest / Math.max(size.width, size.height));
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2d canvas");
  context.drawImage(source, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** The QR code in a picture file, tried at a phone photo's usual size and then larger; null when there is none. */
export async function qrInPicture(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const longest of [1200, 2400]) {
      const text = decodeQr(pixelsOf(bitmap, bitmap, longest));
      if (text) return text;
    }
    return null;
  } finally {
    bitmap.close();
  }
}
