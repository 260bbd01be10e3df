package cn.gongkai;

import cn.gongkai.v1.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Money as java.math.BigDecimal: to and from the gongkai.v1.Decimal of report cells
 * (units × 10^-scale, scale 0..6), and from the whole 分 (fen) of fee notices. Never double.
 */
public final class Decimals {
  /** The largest scale a gongkai.v1.Decimal may have. */
  public static final int MAX_SCALE = 6;

  private static final BigInteger MIN_UNITS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_UNITS = BigInteger.valueOf(Long.MAX_VALUE);

  private Decimals() {}

  /** The exact value of a gongkai.v1.Decimal, with its scale ("12.50" stays 12.50). */
  public static BigDecimal toBigDecimal(Decimal decimal) {
    return BigDecimal.valueOf(decimal.getUnits(), decimal.getScale());
  }

  /**
   * A gongkai.v1.Decimal of the same value and scale (a negative scale becomes 0; trailing zeros
   * beyond scale 6 are dropped). ArithmeticException when the value needs more than 6 decimal
   * places or more than 64 bits of units: money is never rounded silently.
   */
  public static Decimal toProto(BigDecimal value) {
    BigDecimal v = value;
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (v.scale() > MAX_SCALE) {
      v = v.stripTrailingZeros();
      if (v.scale() > MAX_SCALE) {
        throw new ArithmeticException(value + " has more than " + MAX_SCALE + " decimal places");
      }
      v = v.setScale(Math.max(v.scale(), 0));
    }
    BigInteger units = v.unscaledValue();
    if (units.compareTo(MIN_UNITS) < 0 || units.compareTo(MAX_UNITS) > 0) {
      throw new ArithmeticException(value + " does not fit 64-bit units at scale " + v.scale());
    }
    return Decimal.newBuilder().setUnits(units.longValueExact()).setScale(v.scale()).build();
  }

  /** An amount in whole 分 (as gongkai.v1.Event.fee_fen) as 元 with two decimals: 1250 is 12.50. */
  public static BigDecimal yuanFromFen(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /** An amount in 元 as whole 分; ArithmeticException if it has a fraction of a 分 or overflows. */
  public static long fenFromYuan(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }
}
