package org.gonghui.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.ident.IdNumber;

/** Valid fictional identifiers that differ on every call, so tests never collide. */
public final class Fixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400_000));

	private Fixtures() {
	}

	/** A valid enterprise credit code (91…) in the given region. */
	public static String creditCode(String regionCode) {
		int n = SEQUENCE.incrementAndGet();
		String body = "91" + regionCode + String.format("MA%07d", n % 10_000_000);
		return body + CreditCode.checkCharacter(body);
	}

	/** A valid ID number with a unique birth date and sequence. */
	public static String idNumber(String regionCode) {
		int n = SEQUENCE.incrementAndGet();
		LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 12_000);
		String body = regionCode + birth.toString().replace("-", "") + String.format("%03d", n / 12_000 % 1000);
		return body + IdNumber.checkCharacter(body);
	}

	private static int phoneSequence = (int) (System.nanoTime() % 90_000_000);

	public static synchronized String mobile() {
		phoneSequence = (phoneSequence + 1) % 100_000_000;
		return "139" + String.format("%08d", phoneSequence);
	}

}
