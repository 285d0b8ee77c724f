import { AppName, eventCatalog, EventType } from '@parley/contracts';
import { registeredEventHandlers } from './registered-event-handlers';

const handlers = registeredEventHandlers();
const apps: AppName[] = ['comments-api', 'moderation-worker', 'notifications'];

describe('event catalog against the handlers the apps register', () => {
  it.each(apps)('%s consumes exactly the event types the catalog lists it as a consumer of', (app) => {
    const handled = [...new Set(handlers.filter((h) => h.app === app).map((h) => h.type))].sort();
    const catalogued = (Object.keys(eventCatalog) as EventType[]).filter((t) => eventCatalog[t].consumers.includes(app)).sort();
    expect(handled.length).toBeGreaterThan(0);
    expect(handled).toEqual(catalogued);
  });

  it('every handled event type is in the catalog', () => {
    expect(handlers.filter((h) => !(h.type in eventCatalog)).map((h) => h.type)).toEqual([]);
  });
});
