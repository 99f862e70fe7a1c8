// The staff upload's and the API key setting's strings in Korean and English (kept apart from messages.ts,
// which other panels edit; the same key check covers both).
import type { Language } from './language';

export interface ImportMessages {
  open: string;
  staffOnly: string;
  title: string;
  intro: string;
  chooseFiles: string;
  chooseFolder: string;
  /** `{count}` files. */
  chosenCount: string;
  noFiles: string;
  source: string;
  sourceHint: string;
  dryRun: string;
  checking: string;
  confirm: string;
  confirmHint: string;
  writing: string;
  close: string;
  startOver: string;
  dryRunTitle: string;
  writtenTitle: string;
  valid: string;
  /** `{count}` problems. */
  invalid: string;
  nothingWritten: string;
  filesTitle: string;
  fileName: string;
  fileType: string;
  rows: string;
  encoding: string;
  headers: string;
  countsTitle: string;
  created: string;
  updated: string;
  unchanged: string;
  problemsTitle: string;
  location: string;
  column: string;
  row: string;
  value: string;
  expected: string;
  wholeFile: string;
  emptyValue: string;
  refreshed: string;
  forbidden: string;
  needsKey: string;
  keyRefused: string;
  conflict: string;
  failed: string;
  apiKey: string;
  apiKeyLabel: string;
  apiKeyHint: string;
  apiKeySave: string;
  apiKeyClear: string;
  apiKeySet: string;
  apiKeyNone: string;
  /** The role the API gives the caller, shown next to the key setting. */
  role: string;
  rolePUBLIC: string;
  roleRESEARCHER: string;
  roleSTAFF: string;
  roleADMIN: string;
  apiKeyInvalid: string;
}

const ko: ImportMessages = {
  open: '데이터 가져오기',
  staffOnly: '직원 전용',
  title: '데이터 가져오기',
  intro:
    'CSV·XLSX 파일(기관, 협력, 역량, 수요, 거점, 사업, 행사, 참석, 과제, 참여)을 올리면 먼저 검사하고, 문제가 없을 때만 반영합니다.',
  chooseFiles: '파일 선택',
  chooseFolder: '폴더 선택',
  chosenCount: '파일 {count}개 선택됨',
  noFiles: '선택한 파일이 없습니다.',
  source: '자료 이름',
  sourceHint: '비워 두면 파일 이름이 출처로 기록됩니다.',
  dryRun: '검사하기',
  checking: '검사하는 중…',
  confirm: '반영하기',
  confirmHint: '같은 파일을 문제없이 검사한 뒤에만 반영할 수 있습니다.',
  writing: '반영하는 중…',
  close: '닫기',
  startOver: '다른 파일 가져오기',
  dryRunTitle: '검사 결과 (아직 반영되지 않음)',
  writtenTitle: '반영 완료',
  valid: '문제가 없습니다. 반영할 수 있습니다.',
  invalid: '문제 {count}건: 아무것도 반영되지 않았습니다. 파일을 고친 뒤 다시 올려 주세요.',
  nothingWritten: '아무것도 반영되지 않았습니다.',
  filesTitle: '읽은 파일',
  fileName: '파일',
  fileType: '종류',
  rows: '행',
  encoding: '인코딩',
  headers: '머리글',
  countsTitle: '종류별 결과',
  created: '새로 만듦',
  updated: '바뀜',
  unchanged: '그대로',
  problemsTitle: '문제 목록',
  location: '위치',
  column: '열',
  row: '행',
  value: '적힌 값',
  expected: '기대한 값',
  wholeFile: '파일 전체',
  emptyValue: '(비어 있음)',
  refreshed: '화면의 네트워크를 새로 불러왔습니다.',
  forbidden: '데이터 가져오기는 직원 권한의 API 키가 필요합니다. 이 키로는 할 수 없습니다.',
  needsKey: '데이터 가져오기는 직원 API 키가 필요합니다. 위의 ‘API 키’에 입력해 주세요.',
  keyRefused: '입력한 API 키가 거부되었습니다(알 수 없거나 폐기된 키). 키를 지우거나 새 키를 입력해 주세요.',
  conflict: '검사한 뒤 파일이 바뀌었습니다. 다시 검사해 주세요.',
  failed: '가져오기를 마치지 못했습니다.',
  apiKey: 'API 키',
  apiKeyLabel: 'API 키 (이 탭에만 보관)',
  apiKeyHint: '키는 이 탭의 세션 저장소에만 보관되고 주소에는 넣지 않습니다. 탭을 닫으면 사라집니다.',
  apiKeySave: '저장',
  apiKeyClear: '키 지우기',
  apiKeySet: 'API 키 사용 중',
  apiKeyNone: 'API 키 없음 (공개 권한)',
  role: '권한',
  rolePUBLIC: '공개',
  roleRESEARCHER: '연구자',
  roleSTAFF: '직원',
  roleADMIN: '관리자',
  apiKeyInvalid: '키는 공백 없는 8~512자여야 합니다.',
};

const en: ImportMessages = {
  open: 'Import data',
  staffOnly: 'Staff only',
  title: 'Import data',
  intro:
    'Upload CSV or XLSX files (organisations, collaborations, capabilities, needs, hubs, programmes, events, ' +
    'attendance, projects, members): they are checked first and written only when nothing is wrong.',
  chooseFiles: 'Choose files',
  chooseFolder: 'Choose a folder',
  chosenCount: '{count} files chosen',
  noFiles: 'No files chosen.',
  source: 'Dataset name',
  sourceHint: 'Left empty, each file’s name is recorded as the source.',
  dryRun: 'Check (dry run)',
  checking: 'Checking…',
  confirm: 'Confirm import',
  confirmHint: 'Confirm is possible only after a clean dry run of the same files.',
  writing: 'Importing…',
  close: 'Close',
  startOver: 'Import other files',
  dryRunTitle: 'Dry run (nothing written yet)',
  writtenTitle: 'Imported',
  valid: 'No problems: ready to import.',
  invalid: '{count} problems: nothing was written. Fix the files and upload them again.',
  nothingWritten: 'Nothing was written.',
  filesTitle: 'Files read',
  fileName: 'File',
  fileType: 'Type',
  rows: 'Rows',
  encoding: 'Encoding',
  headers: 'Headers',
  countsTitle: 'By type',
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  problemsTitle: 'Problems',
  location: 'Location',
  column: 'Column',
  row: 'Row',
  value: 'Value',
  expected: 'Expected',
  wholeFile: 'whole file',
  emptyValue: '(empty)',
  refreshed: 'The network on screen was reloaded.',
  forbidden: 'Importing data needs a staff API key; this key may not do it.',
  needsKey: 'Importing data needs a staff API key: enter it under “API key” above.',
  keyRefused: 'The API key was refused (unknown or revoked). Clear it or enter a new one.',
  conflict: 'The files changed after the dry run: check them again.',
  failed: 'The import did not finish.',
  apiKey: 'API key',
  apiKeyLabel: 'API key (kept in this tab only)',
  apiKeyHint:
    'The key stays in this tab’s session storage and never goes into the address. Closing the tab forgets it.',
  apiKeySave: 'Save',
  apiKeyClear: 'Clear key',
  apiKeySet: 'Using an API key',
  apiKeyNone: 'No API key (public access)',
  role: 'Role',
  rolePUBLIC: 'public',
  roleRESEARCHER: 'researcher',
  roleSTAFF: 'staff',
  roleADMIN: 'admin',
  apiKeyInvalid: 'A key is 8 to 512 characters without spaces.',
};

export const importMessages: Readonly<Record<Language, ImportMessages>> = { ko, en };
