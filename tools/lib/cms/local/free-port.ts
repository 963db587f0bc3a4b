/** A TCP port on 127.0.0.1 nobody is listening on: the preferred one if it is free. */
import { createServer } from 'node:net';

function tryPort(port: number): Promise<number | undefined> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(undefined));
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address() as { port: number };
			server.close(() => resolve(bound));
		});
	});
}

export async function freePort(preferred = 0): Promise<number> {
	return (preferred && (await tryPort(preferred))) || (await tryPort(0))!;
}
