export * from './lib/notification.routes';
