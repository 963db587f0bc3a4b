/** One rule of the personal-data check and what it finds. */

export type PersonalDataRule = 'mobile' | 'landline' | 'id-number' | 'bank-card' | 'email' | 'address' | 'name';

export interface Match {
	/** Offsets in the text as written. */
	start: number;
	end: number;
	/** The text as written. */
	text: string;
}

export interface PersonalDataFinding extends Match {
	rule: PersonalDataRule;
	/** Chinese, with the number masked: the message must not republish what it found. */
	message: string;
}
