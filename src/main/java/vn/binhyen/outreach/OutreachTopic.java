package vn.binhyen.outreach;

/** What a session taught or discussed. */
public enum OutreachTopic {
	/** Bộ luật Lao động, hợp đồng lao động. */
	LABOR_CODE_CONTRACTS,
	/** Tiền lương, thưởng. */
	WAGES_BONUSES,
	/** Bảo hiểm xã hội. */
	SOCIAL_INSURANCE,
	/** Đối thoại tại nơi làm việc. */
	WORKPLACE_DIALOGUE,
	/** Quyền công đoàn. */
	UNION_RIGHTS,
	/** An toàn, vệ sinh lao động. */
	OCCUPATIONAL_SAFETY,
	OTHER
}
