#!/usr/bin/env python3
"""A local SMTP receiver for the fault scripts: accepts every message (after DELAY seconds, so a
kill can land mid-sending) and appends its X-Binhyen-Notification id and Message-ID to LOG, one
line per accepted message. Usage: smtp_sink.py PORT LOG [DELAY]"""
import socketserver, sys, time

port, log, delay = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.0


class Session(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write((text + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        try:
            self.session()
        except (ConnectionResetError, BrokenPipeError):
            pass  # the sender was killed

    def session(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 sink")
            elif verb == "DATA":
                self.reply("354 end with .")
                headers, in_headers = {}, True
                while True:
                    l = self.rfile.readline()
                    if not l or l in (b".\r\n", b".\n"):
                        break
                    text = l.decode(errors="replace").rstrip("\r\n")
                    if in_headers and not text:
                        in_headers = False
                    elif in_headers and ":" in text:
                        k, v = text.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                if not l:
                    return  # the sender died before the end of the message: not accepted
                time.sleep(delay)
                with open(log, "a") as f:
                    f.write(f"{headers.get('x-binhyen-notification', '?')} {headers.get('message-id', '?')}\n")
                self.reply("250 accepted")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", port), Session).serve_forever()
