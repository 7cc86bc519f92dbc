// The incomplete beta function and Student's t behind INTERGROWTH-21st's skew t,
// against closed forms that hold for particular parameters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lnGamma, regularizedIncompleteBeta, studentTUpperTail } from "../src/student-t.ts";

function close(got: number, want: number, relative = 1e-12): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(relative * Math.max(Math.abs(want), 1e-300));
}

describe("ln Γ", () => {
  it("matches factorials and Γ(½) = √π", () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      factorial *= n;
      close(lnGamma(n + 1), Math.log(factorial));
    }
    close(lnGamma(0.5), 0.5 * Math.log(Math.PI));
    close(lnGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2));
  });
});

describe("regularised incomplete beta I_x(a, b)", () => {
  const unit = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
  const shape = fc.double({ min: 0.2, max: 40, noNaN: true });

  it("I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b", () => {
    fc.assert(
      fc.property(unit, shape, (x, a) => {
        close(regularizedIncompleteBeta(x, a, 1), x ** a, 1e-11);
        close(regularizedIncompleteBeta(x, 1, a), -Math.expm1(a * Math.log1p(-x)), 1e-11);
      }),
    );
  });

  it("I_x(½, ½) = (2/π) · arcsin(√x)", () => {
    fc.assert(
      fc.property(unit, (x) => {
        close(regularizedIncompleteBeta(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)), 1e-11);
      }),
    );
  });

  it("is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)", () => {
    fc.assert(
      fc.property(unit, shape, shape, (u, a, b) => {
        // x and y = 1 − x exactly: computing 1 − x in floating point rounds it, and near 0 with a < 1 that
        // rounding alone moves I by more than the tolerance.
        const y = 1 - u;
        const x = 1 - y;
        expect(Math.abs(regularizedIncompleteBeta(x, a, b) - (1 - regularizedIncompleteBeta(y, b, a)))).toBeLessThan(
          1e-12,
        );
      }),
    );
  });

  it("is 0 at x = 0, 1 at x = 1 and NaN for parameters it is not defined for", () => {
    expect(regularizedIncompleteBeta(0, 3, 0.5)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 0.5)).toBe(1);
    expect(regularizedIncompleteBeta(-0.1, 3, 0.5)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 0, 0.5)).toBeNaN();
  });
});

describe("Student's t upper tail", () => {
  const ts = [0, 0.1, 0.5, 1, 2, 3.5, 7, 20, 100, 1000];

  it("τ = 1 is the Cauchy distribution: ½ − arctan(t)/π", () => {
    for (const t of ts) close(studentTUpperTail(t, 1), 0.5 - Math.atan(t) / Math.PI, 1e-12);
  });

  it("τ = 2: ½ · (1 − t / √(2 + t²)), also far out", () => {
    // The far tail written without cancellation: 1 − t/√(2+t²) = 2 / (√(2+t²) · (√(2+t²) + t)).
    for (const t of ts) {
      const root = Math.sqrt(2 + t * t);
      close(studentTUpperTail(t, 2), 1 / (root * (root + t)), 1e-12);
    }
  });

  it("τ = 3: ½ − (arctan(t/√3) + √3·t/(3 + t²)) / π", () => {
    for (const t of ts.filter((t) => t < 20)) {
      const s3 = Math.sqrt(3);
      close(studentTUpperTail(t, 3), 0.5 - (Math.atan(t / s3) + (s3 * t) / (3 + t * t)) / Math.PI, 1e-11);
    }
  });

  it("is symmetric, and tends to the normal as τ grows", () => {
    for (const t of ts) expect(studentTUpperTail(-t, 17.3) + studentTUpperTail(t, 17.3)).toBeCloseTo(1, 14);
    // P(Z > 1.959963984540054) = 0.025.
    expect(studentTUpperTail(1.959963984540054, 1e7)).toBeCloseTo(0.025, 7);
  });
});
