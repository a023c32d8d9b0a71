/**
 * Phrase banks for the generated prose: the wording of district review reports (who acted, what they did, about
 * what, with what result), by field group, so that a paragraph of the economy section talks about the economy.
 */

export const agenciesByGroup: Record<string, readonly string[]> = {
  'kinh-te': [
    'Phòng Kinh tế',
    'Phòng Tài chính - Kế hoạch',
    'Đội Quản lý thị trường số 3',
    'UBND các phường',
    'Hiệp hội Doanh nghiệp quận',
  ],
  'tai-chinh-ngan-sach': [
    'Chi cục Thuế khu vực',
    'Phòng Tài chính - Kế hoạch',
    'Kho bạc Nhà nước quận',
    'Ban Quản lý dự án đầu tư xây dựng quận',
  ],
  'do-thi-moi-truong': [
    'Phòng Quản lý đô thị',
    'Phòng Tài nguyên và Môi trường',
    'Ban Bồi thường, hỗ trợ và tái định cư',
    'Đội Kiểm tra quy tắc đô thị',
    'Công ty Môi trường đô thị',
  ],
  'van-hoa-xa-hoi': [
    'Phòng Lao động - Thương binh và Xã hội',
    'Phòng Giáo dục và Đào tạo',
    'Trung tâm Y tế quận',
    'Phòng Văn hóa và Thông tin',
    'Bảo hiểm xã hội quận',
  ],
  'quoc-phong-an-ninh': [
    'Công an quận',
    'Ban Chỉ huy Quân sự quận',
    'Đội Cảnh sát phòng cháy, chữa cháy',
    'Hội đồng nghĩa vụ quân sự quận',
  ],
  'xay-dung-chinh-quyen': ['Phòng Nội vụ', 'Văn phòng HĐND và UBND quận', 'Thanh tra quận', 'Phòng Tư pháp', 'Bộ phận Một cửa quận'],
};

export const topicsByGroup: Record<string, readonly string[]> = {
  'kinh-te': [
    'công tác hỗ trợ doanh nghiệp, hộ kinh doanh phục hồi sản xuất',
    'hoạt động thương mại, dịch vụ trên địa bàn',
    'công tác quản lý thị trường, chống buôn lậu, gian lận thương mại',
    'việc phát triển các tuyến phố văn minh thương mại',
    'công tác cải thiện môi trường đầu tư, kinh doanh',
    'kế hoạch chuyển đổi các chợ truyền thống',
  ],
  'tai-chinh-ngan-sach': [
    'công tác thu ngân sách, chống thất thu',
    'việc đôn đốc thu hồi nợ đọng thuế',
    'tiến độ giải ngân vốn đầu tư công',
    'công tác quản lý, điều hành chi ngân sách',
    'việc thực hành tiết kiệm, chống lãng phí trong chi thường xuyên',
    'công tác quyết toán các dự án hoàn thành',
  ],
  'do-thi-moi-truong': [
    'công tác giải phóng mặt bằng các dự án trọng điểm',
    'công tác quản lý trật tự xây dựng, trật tự đô thị',
    'công tác vệ sinh môi trường, thu gom rác thải',
    'việc chỉnh trang, cải tạo vỉa hè và hệ thống chiếu sáng',
    'công tác cấp giấy chứng nhận quyền sử dụng đất',
    'việc quản lý, khai thác quỹ đất công',
  ],
  'van-hoa-xa-hoi': [
    'các chính sách an sinh xã hội, chăm lo cho người có công',
    'công tác giảm nghèo bền vững',
    'công tác giáo dục và đào tạo',
    'công tác chăm sóc sức khỏe nhân dân, phòng, chống dịch bệnh',
    'phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    'công tác giải quyết việc làm, đào tạo nghề',
  ],
  'quoc-phong-an-ninh': [
    'công tác tuyển chọn và gọi công dân nhập ngũ',
    'công tác đấu tranh, trấn áp tội phạm',
    'công tác bảo đảm trật tự an toàn giao thông',
    'công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    'việc huấn luyện lực lượng dân quân tự vệ',
    'phong trào toàn dân bảo vệ an ninh Tổ quốc',
  ],
  'xay-dung-chinh-quyen': [
    'công tác cải cách hành chính',
    'việc chuyển đổi số, xây dựng chính quyền số',
    'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    'công tác thanh tra, phòng, chống tham nhũng, tiêu cực',
    'việc siết chặt kỷ luật, kỷ cương hành chính',
    'công tác tổ chức bộ máy, quản lý cán bộ, công chức',
  ],
};

export const actions: readonly string[] = [
  'tập trung chỉ đạo',
  'triển khai đồng bộ',
  'tiếp tục đẩy mạnh',
  'tăng cường kiểm tra, đôn đốc',
  'phối hợp chặt chẽ trong',
  'quyết liệt thực hiện',
  'duy trì thường xuyên',
  'chủ động rà soát, đánh giá',
  'tổ chức thực hiện nghiêm túc',
];

export const outcomes: readonly string[] = [
  'đạt kết quả tích cực',
  'cơ bản đáp ứng yêu cầu đề ra',
  'được nhân dân đồng tình, ủng hộ',
  'góp phần giữ ổn định tình hình kinh tế - xã hội trên địa bàn',
  'có chuyển biến rõ nét so với cùng kỳ',
  'bảo đảm đúng tiến độ, đúng quy định',
  'từng bước đi vào nền nếp',
  'tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân',
];

export const shortcomings: readonly string[] = [
  'tiến độ giải phóng mặt bằng một số dự án còn chậm so với kế hoạch',
  'tình trạng lấn chiếm vỉa hè, lòng đường tại một số tuyến phố vẫn còn tái diễn',
  'công tác phối hợp giữa một số phòng, ban với UBND các phường có lúc chưa chặt chẽ',
  'một số chỉ tiêu thu ngân sách đạt thấp so với cùng kỳ',
  'việc ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính chưa đồng đều',
  'tình hình tội phạm trộm cắp tài sản còn diễn biến phức tạp',
  'chất lượng một số công trình chỉnh trang đô thị chưa cao',
  'tỷ lệ hồ sơ nộp trực tuyến toàn trình còn thấp',
];

export const causes: readonly string[] = [
  'nguồn lực đầu tư còn hạn chế',
  'một số hộ dân chưa đồng thuận với phương án bồi thường, hỗ trợ',
  'tinh thần trách nhiệm của một bộ phận cán bộ, công chức chưa cao',
  'cơ chế, chính sách còn nhiều vướng mắc, chậm được tháo gỡ',
  'giá vật liệu xây dựng tăng cao ảnh hưởng đến tiến độ thi công',
  'nhận thức của một bộ phận người dân về chấp hành pháp luật còn hạn chế',
];

export const projects: readonly string[] = [
  'Dự án xây dựng tuyến đường trục trung tâm quận (giai đoạn 2)',
  'Dự án cải tạo, chỉnh trang hồ điều hòa phường Bình Minh',
  'Dự án xây dựng Trường Tiểu học Đông Hải',
  'Dự án khu tái định cư phường Nam Sơn',
  'Dự án cải tạo hệ thống thoát nước khu vực chợ Hòa Phát',
  'Dự án xây dựng nhà văn hóa tổ dân phố số 7, phường Tân Tiến',
  'Dự án mở rộng nút giao đường Lạch Tray',
  'Dự án cải tạo vỉa hè các tuyến phố trung tâm',
  'Dự án xây dựng công viên cây xanh phường Đông Hải',
  'Dự án nâng cấp Trung tâm Y tế quận',
  'Dự án xây dựng trụ sở Công an phường Nam Sơn',
  'Dự án chỉnh trang khu dân cư ven sông',
];

export const investors: readonly string[] = [
  'Ban Quản lý dự án đầu tư xây dựng quận',
  'UBND phường Bình Minh',
  'UBND phường Nam Sơn',
  'Phòng Quản lý đô thị',
  'Phòng Giáo dục và Đào tạo',
];

export const progressNotes: readonly string[] = [
  'Đã hoàn thành, bàn giao đưa vào sử dụng',
  'Đang thi công, đạt khoảng 70% khối lượng',
  'Đang giải phóng mặt bằng, còn 12 hộ chưa bàn giao',
  'Đã phê duyệt chủ trương đầu tư, đang lập dự án',
  'Đang lựa chọn nhà thầu thi công',
  'Đã khởi công, đang thi công phần móng',
];

/** Things an office organises, with a plausible range of how many in one report. */
export const organisedThings: readonly [thing: string, low: number, high: number][] = [
  ['cuộc kiểm tra', 4, 60],
  ['hội nghị tuyên truyền', 2, 30],
  ['lớp bồi dưỡng', 1, 15],
  ['buổi đối thoại với nhân dân', 1, 12],
  ['đợt ra quân', 1, 10],
];

/** What inspections find and deal with. */
export const violations: readonly string[] = [
  'trường hợp vi phạm',
  'cơ sở kinh doanh vi phạm',
  'trường hợp lấn chiếm vỉa hè, lòng đường',
  'công trình xây dựng sai phép',
];

export const connectives: readonly string[] = [
  'Bên cạnh đó',
  'Đồng thời',
  'Cùng với đó',
  'Ngoài ra',
  'Mặt khác',
  'Trên cơ sở đó',
  'Qua đó',
];

export const taskVerbs: readonly string[] = [
  'Tập trung chỉ đạo thực hiện',
  'Tiếp tục đẩy mạnh',
  'Quyết liệt triển khai',
  'Tăng cường',
  'Nâng cao chất lượng, hiệu quả',
  'Rà soát, hoàn thiện',
  'Đôn đốc, đẩy nhanh tiến độ',
];

export const proposals: readonly string[] = [
  'Đề nghị UBND thành phố quan tâm bố trí vốn cho các dự án trọng điểm của quận',
  'Đề nghị các sở, ngành thành phố sớm hướng dẫn tháo gỡ vướng mắc trong công tác bồi thường, giải phóng mặt bằng',
  'Đề nghị Sở Tài chính xem xét bổ sung kinh phí thực hiện chính sách an sinh xã hội',
  'Đề nghị Sở Xây dựng phối hợp xử lý dứt điểm các công trình vi phạm trật tự xây dựng kéo dài',
  'Đề nghị Cục Thuế thành phố hỗ trợ quận trong công tác thu hồi nợ đọng thuế',
];
