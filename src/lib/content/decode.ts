/**
 * Bytes of a content file → its text. Content is UTF-8; a byte-order mark (which Windows
 * Notepad adds) is accepted and dropped. Anything else that is not valid UTF-8 — most often a
 * file saved as GBK — is named as such instead of being read as garbled characters.
 */
export type Decoded = { text: string; bom: boolean } | { problem: string };

const NOT_UTF8 = '文件不是 UTF-8 编码（可能是 GBK/GB2312，常见于 Windows 记事本或 Word 另存的文件），无法读取。请用编辑器“另存为 UTF-8”后再保存';

export function decodeContent(bytes: Uint8Array): Decoded {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
		return { text, bom };
	} catch {
		return { problem: NOT_UTF8 };
	}
}
