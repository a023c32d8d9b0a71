import { foldText } from '../checks/fold-text';
import type { OrganisationProfile } from '../organisation/organisation-profile';
import { withProfileDefaults } from '../organisation/profile-defaults';
import { organisationIdentifier } from '../organisation/office-kinds';
import type { DocumentFrame } from './document-frame';
import { listLineText, parseDateLine, parseNumberLine, tidy } from './frame-fields';

export interface OrganisationReading {
  /** The organisation as the file prints it, completed with the workspace's where the file says nothing. */
  profile: OrganisationProfile;
  /** The workspace organisation the file is of (by its issuing body), or null for one not declared yet. */
  matchedId: string | null;
  /** What the file prints differently from the matched organisation (`Người ký: … → …`). */
  differences: string[];
  /** Parts of the frame the file does not have, which the import could not fill. */
  missing: string[];
}

/**
 * The organisation of a hand-made report from its header and signature: issuer lines as typed (never respelled),
 * the issuer's name in a sentence, the place, the number symbol, the signer, Nơi nhận and its archive line. An
 * organisation of the workspace with the same issuing body gives its id and whatever the file does not say.
 */
export function organisationFromFrame(frame: DocumentFrame, known: readonly OrganisationProfile[]): OrganisationReading | null {
  const header = frame.header;
  if (!header) return null;
  const format = header.format;
  const issuingBody = header.issuerLines.join('\n');
  const matched =
    known.find((organisation) => fold(organisation.issuingBody) === fold(issuingBody)) ??
    known.find(
      (organisation) =>
        organisation.format === format && fold(organisation.issuerName) === fold(issuerNameOf(header.parentLines, header.issuerLines)),
    );
  const missing: string[] = [];
  const number = header.numberLine ? parseNumberLine(header.numberLine, format) : null;
  const date = header.dateLine ? parseDateLine(header.dateLine) : null;
  if (!number) missing.push('dòng số và ký hiệu văn bản');
  if (!date) missing.push('dòng địa danh, ngày tháng');
  const signature = frame.signature;
  if (!signature?.signerName) missing.push('khối chữ ký (thẩm quyền ký, họ tên)');
  const recipients = signature ? signature.recipientLines.slice(0, -1).map(listLineText).filter(Boolean) : [];
  const archive = signature?.recipientLines
    .at(-1)
    ?.replace(/^[-–]\s*/u, '')
    .trim();

  const fromFile = withProfileDefaults({
    format,
    issuerName: issuerNameOf(header.parentLines, header.issuerLines),
    parentBody: header.parentLines.length > 0 ? header.parentLines.join('\n') : null,
    issuingBody,
    place: date?.place ?? matched?.place ?? '',
    numberSymbol: number?.symbol || matched?.numberSymbol || (format === 'state' ? 'BC-UBND' : 'BC/ĐU'),
    signer:
      signature?.signerName && signature.signerLines.length > 0
        ? { lines: signature.signerLines, name: signature.signerName }
        : (matched?.signer ?? {
            lines: format === 'state' ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
            name: '(chưa rõ họ tên người ký)',
          }),
    recipients: signature ? recipients : (matched?.recipients ?? []),
    ...(archive ? { archiveLine: archive } : matched ? { archiveLine: matched.archiveLine } : {}),
    ...(matched
      ? { cutOffDay: matched.cutOffDay, numberingScope: matched.numberingScope, layout: matched.layout, addressees: matched.addressees }
      : {}),
  }) as OrganisationProfile;
  const profile: OrganisationProfile = { ...fromFile, id: matched?.id ?? (organisationIdentifier(fromFile.issuerName) || 'co-quan') };
  if (profile.layout === undefined) delete profile.layout;
  if (profile.addressees === undefined) delete profile.addressees;
  return { profile, matchedId: matched?.id ?? null, differences: matched ? differencesOf(matched, profile) : [], missing };
}

/**
 * The issuer named in a sentence: `ỦY BAN NHÂN DÂN` / `XÃ PHÚC LỘC` → `Ủy ban nhân dân xã Phúc Lộc` (the spelling of
 * the tone marks kept); a department takes its province from the parent body: `Sở Nông nghiệp và Môi trường tỉnh
 * Tuyên Quang`.
 */
export function issuerNameOf(parentLines: readonly string[], issuerLines: readonly string[]): string {
  const issuer = tidy(issuerLines.join(' '));
  const local =
    /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ) (XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ) (.+)$/u.exec(
      issuer,
    );
  if (local) return `${sentence(local[1]!)} ${lower(local[2]!)} ${titled(local[3]!)}`;
  const department = /^SỞ (.+)$/u.exec(issuer);
  if (department) {
    const province = /(TỈNH|THÀNH PHỐ) (.+)$/u.exec(tidy(parentLines.join(' ')));
    return `Sở ${departmentName(department[1]!)}${province ? ` ${lower(province[1]!)} ${titled(province[2]!)}` : ''}`;
  }
  return issuer === issuer.toLocaleUpperCase('vi') ? sentence(issuer) : issuer;
}

function differencesOf(known: OrganisationProfile, file: OrganisationProfile): string[] {
  const differences: string[] = [];
  const compare = (label: string, before: string, after: string) => {
    if (tidy(before) !== tidy(after)) differences.push(`${label}: “${before}” → “${after}”`);
  };
  compare('Cơ quan chủ quản', (known.parentBody ?? '').replace(/\n/g, ' / '), (file.parentBody ?? '').replace(/\n/g, ' / '));
  compare('Ký hiệu', known.numberSymbol, file.numberSymbol);
  compare('Địa danh', known.place, file.place);
  compare('Người ký', [...known.signer.lines, known.signer.name].join(' / '), [...file.signer.lines, file.signer.name].join(' / '));
  compare('Nơi nhận', known.recipients.join('; '), file.recipients.join('; '));
  compare('Dòng lưu', known.archiveLine, file.archiveLine);
  return differences;
}

/** `NÔNG NGHIỆP VÀ MÔI TRƯỜNG` → `Nông nghiệp và Môi trường`: each part of the name opens with a capital. */
function departmentName(text: string): string {
  return lower(text)
    .split(/(,\s*|\s+và\s+)/u)
    .map((part) => (/^(,\s*|\s+và\s+)$/u.test(part) ? part : part.charAt(0).toLocaleUpperCase('vi') + part.slice(1)))
    .join('');
}

function titled(text: string): string {
  return lower(text)
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

function sentence(text: string): string {
  const written = lower(text);
  return written.charAt(0).toLocaleUpperCase('vi') + written.slice(1);
}

function lower(text: string): string {
  return text.toLocaleLowerCase('vi');
}

function fold(text: string): string {
  return foldText(tidy(text).normalize('NFC'));
}
