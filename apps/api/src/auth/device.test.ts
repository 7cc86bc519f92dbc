import { describe, expect, it } from "vitest";
import { deviceName } from "./device.ts";

describe("deviceName", () => {
  const cases: [string, string | undefined][] = [
    [
      "Chrome on Android",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    ],
    [
      "Safari on iOS",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    ],
    ["Firefox on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"],
    ["Unknown device", undefined],
    ["Unknown device", "curl-ish"],
  ];
  for (const [expected, ua] of cases)
    it(`${ua?.slice(0, 30)} → ${expected}`, () => expect(deviceName(ua)).toBe(expected));
});
