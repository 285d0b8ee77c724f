// Development defaults. Never use these secrets in production: set AUTH_JWT_SECRET,
// NOTIFY_UNSUBSCRIBE_SECRET, NOTICE_COMPLAINT_SECRET and NOTIFY_WEBHOOK_SECRET to your own values.
export const DEV_JWT_SECRET = 'parley-development-secret-change-me-0123456789';
export const DEV_WEBHOOK_SECRET = 'whsec_cGFybGV5LWRldmVsb3BtZW50LXdlYmhvb2stc2VjcmV0';
export const DEV_NOTICE_COMPLAINT_SECRET = 'parley-development-notice-complaint-key-change-me';
export const DEV_UNSUBSCRIBE_SECRET = 'parley-development-unsubscribe-key-change-me-0123';
