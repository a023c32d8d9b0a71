const reasonByCode: Record<string, string> = {
  ENOENT: 'không tìm thấy thư mục hoặc tệp',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  EISDIR: 'đường dẫn là một thư mục chứ không phải tệp',
  EACCES: 'không có quyền ghi, hoặc tệp đang bị chương trình khác khóa',
  EPERM: 'không có quyền ghi, hoặc tệp đang bị chương trình khác khóa',
  EBUSY: 'tệp đang bị chương trình khác sử dụng',
  ENOSPC: 'ổ đĩa đã hết dung lượng',
  EDQUOT: 'đã vượt hạn mức dung lượng được cấp trên ổ đĩa',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  EMFILE: 'đang mở quá nhiều tệp cùng lúc',
  ENFILE: 'đang mở quá nhiều tệp cùng lúc',
  EIO: 'lỗi đọc ghi trên ổ đĩa',
  ERR_INVALID_ARG_VALUE: 'tên tệp có ký tự không được phép (ký tự NUL)',
};

/** The `code` of a Node.js system error (`ENOENT`, `EPERM`…), if there is one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** A short Vietnamese reason for a disk error, to complete a sentence such as `Không lưu được “…”: <reason>.` */
export function describeDiskError(error: unknown): string {
  const code = errorCodeOf(error);
  const reason = code === undefined ? undefined : reasonByCode[code];
  if (reason !== undefined) return reason;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, '');
}
