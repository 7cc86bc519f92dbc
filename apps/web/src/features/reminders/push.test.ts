import { describe, expect, it } from "vitest";
import { deviceName, keyBytes } from "./push.ts";

describe("this browser's push subscription", () => {
  it("reads the server's VAPID key from base64url, with or without padding", () => {
    // 65 bytes: an uncompressed P-256 point starts with 0x04.
    const key = Buffer.from([4, ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256)]);
    const encoded = key.toString("base64url");
    expect([...keyBytes(encoded)]).toEqual([...key]);
    expect([...keyBytes(`${encoded}=`)]).toEqual([...key]);
    expect([...keyBytes("-_8")]).toEqual([0xfb, 0xff]);
  });

  it("names the device in plain words for the list of devices", () => {
    const android =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
    expect(deviceName(android)).toBe("Chrome on Android");
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    expect(deviceName(iphone)).toBe("Safari on iOS");
    expect(deviceName("")).toBeUndefined();
  });
});
