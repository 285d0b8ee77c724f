import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { NotificationsConfig } from '../config/notifications.config';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  headers: Record<string, string>;
}

/** SMTP through nodemailer, or, without SMTP_URL, one .eml file per message (development). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly emlDir?: string;

  constructor(private readonly config: NotificationsConfig) {
    if (config.SMTP_URL) {
      this.transporter = nodemailer.createTransport(config.SMTP_URL, { pool: true, maxConnections: 3 } as never);
    } else {
      this.emlDir = path.resolve(config.NOTIFY_EML_DIR);
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.logger.log({ dir: this.emlDir }, 'SMTP_URL is not set: emails are written as .eml files');
    }
  }

  get mode(): 'smtp' | 'eml' {
    return this.emlDir ? 'eml' : 'smtp';
  }

  /** Sends (or writes) one message; the Message-ID is derived from `id`, so a resend carries the same one. */
  async send(m: OutgoingMail): Promise<string> {
    const host = /@([^>\s]+)>?\s*$/.exec(this.config.MAIL_FROM)?.[1] ?? 'parley.localhost';
    const messageId = `<${Buffer.from(m.id).toString('base64url').slice(0, 120)}@${host}>`;
    const info = await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId,
      headers: { ...m.headers, 'Content-Language': m.language },
    });
    if (this.emlDir) {
      fs.mkdirSync(this.emlDir, { recursive: true });
      const file = path.join(this.emlDir, `${m.id.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    }
    return messageId;
  }

  onApplicationShutdown() {
    this.transporter.close();
  }
}
