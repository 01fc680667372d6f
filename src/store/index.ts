import { ConversationRepo } from './conversations.ts';
import { Cipher } from './crypto.ts';
import type { Db } from './db.ts';
import { DocumentRepo } from './documents.ts';
import { PracticeRepo } from './practice.ts';
import { ReportRepo } from './reports.ts';
import { UserRepo } from './users.ts';

/** Every repository, built once over one database and one cipher. */
export interface Store {
  db: Db;
  cipher: Cipher;
  users: UserRepo;
  documents: DocumentRepo;
  conversations: ConversationRepo;
  reports: ReportRepo;
  practice: PracticeRepo;
}

export function createStore(db: Db, key: Buffer): Store {
  const cipher = new Cipher(key);
  return {
    db,
    cipher,
    users: new UserRepo(db),
    documents: new DocumentRepo(db, cipher),
    conversations: new ConversationRepo(db),
    reports: new ReportRepo(db, cipher),
    practice: new PracticeRepo(db, cipher),
  };
}
