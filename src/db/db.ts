// placeholder: replaced by the sync engine at merge
import Dexie from 'dexie';

export const db = new Dexie('lianxin');
db.version(1).stores({ orgs: 'id' });
