/** The sample workspaces that ship with the program, the one of today's offices first. */
export const sampleWorkspaceIds = ['xa-tan-thanh', 'le-chan'] as const;
export type SampleWorkspaceId = (typeof sampleWorkspaceIds)[number];

export const sampleWorkspaceDescriptions: Record<SampleWorkspaceId, { title: string; description: string }> = {
  'xa-tan-thanh': {
    title: 'Xã Tân Thành (mẫu, 2025–2026)',
    description:
      'Một xã hình thành từ sáp nhập ngày 01/7/2025 (giả định): báo cáo của Ủy ban nhân dân xã và Đảng ủy xã từ tháng 7/2025 đến tháng 11/2026, số liệu đầu kỳ của các xã cũ, lũy kế và cùng kỳ khớp nhau.',
  },
  'le-chan': {
    title: 'Quận Lê Chân (mẫu lịch sử, 2019–2022)',
    description: 'Các báo cáo dựng lại từ báo cáo đã công bố của quận Lê Chân, khi còn cấp quận.',
  },
};
