package org.gonghui.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, MOVE, APPROVE, REJECT, TRANSFER, IMPORT, EXPORT,
	/** a read of personal data in full (ID number, income, health) */
	READ_PERSONAL_DATA, LOGIN, LOGIN_FAILED

}
