package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.v1.Decimal;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** LocalDate and BigDecimal to and from the messages' Date and Decimal. */
class ConvertTest {
  @Test
  void dates() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    cn.gongkai.v1.Date proto = Dates.toProto(day);
    assertEquals(2024, proto.getYear());
    assertEquals(2, proto.getMonth());
    assertEquals(29, proto.getDay());
    assertEquals(day, Dates.toLocalDate(proto));
    assertThrows(DateTimeException.class, () -> Dates.toLocalDate(cn.gongkai.v1.Date.getDefaultInstance()));
  }

  @Test
  void decimals() {
    assertEquals(Decimal.newBuilder().setUnits(125).setScale(1).build(), Decimals.toProto(new BigDecimal("12.5")));
    assertEquals(new BigDecimal("12.50"), Decimals.toBigDecimal(Decimal.newBuilder().setUnits(1250).setScale(2).build()));
    assertEquals(new BigDecimal("-3"), Decimals.toBigDecimal(Decimal.newBuilder().setUnits(-3).build()));
    assertEquals(Decimal.newBuilder().setUnits(300).build(), Decimals.toProto(new BigDecimal("3E+2")));
    assertEquals(Decimal.newBuilder().setUnits(15).setScale(1).build(), Decimals.toProto(new BigDecimal("1.500000000")));
    assertEquals(Decimal.newBuilder().setUnits(30214567).setScale(4).build(),
        Decimals.toProto(new BigDecimal("3021.4567")));
    assertThrows(ArithmeticException.class, () -> Decimals.toProto(new BigDecimal("0.1234567")));
    assertThrows(ArithmeticException.class, () -> Decimals.toProto(new BigDecimal("1E+19")));
    BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE, 6);
    assertEquals(big, Decimals.toBigDecimal(Decimals.toProto(big)));
  }
}
