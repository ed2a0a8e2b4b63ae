-- The official holiday calendar (Labor Code 2019 Art. 112 holidays, Art. 111(3) compensatory days,
-- the Government's yearly swaps). Administrators keep it on /admin/calendar as each year is decided.
create table calendar_year (
    year        integer primary key,
    decided     boolean not null,
    source      text,
    updated_at  timestamptz not null default now()
);

create table calendar_day (
    day   date primary key,
    kind  text not null check (kind in ('HOLIDAY', 'COMPENSATORY', 'SWAPPED_OFF', 'SWAPPED_WORK')),
    name  text not null
);

insert into calendar_year (year, decided, source) values
 (2020, true, 'Bộ luật Lao động 2012 Điều 115; lịch nghỉ Tết Canh Tý 23/01–29/01/2020'),
 (2021, true, 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ Tết Tân Sửu 10/02–16/02/2021'),
 (2022, true, 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ Tết Nhâm Dần 29/01–06/02/2022'),
 (2023, true, 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ Tết Quý Mão 20/01–26/01/2023'),
 (2024, true, 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ Tết Giáp Thìn 08/02–14/02/2024; hoán đổi 29/4 ↔ 04/5/2024'),
 (2025, true, 'Bộ luật Lao động 2019 Điều 112; Tết Ất Tỵ 25/01–02/02/2025 (hoán đổi 27/01 ↔ 08/02); hoán đổi 02/5 ↔ 26/4/2025'),
 (2026, true, 'Tết Bính Ngọ 14/02–22/02/2026 (Thủ tướng đồng ý phương án của Bộ Nội vụ); ngày liền kề 2/9 chưa đối chiếu văn bản'),
 (2027, false, 'Chưa có quyết định: các ngày theo Điều 112, Điều 111 khoản 3; Tết dự kiến theo âm lịch');

insert into calendar_day (day, kind, name) values
 -- 2020 (Bộ luật Lao động 2012: Quốc khánh 1 ngày)
 ('2020-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2020-01-23', 'HOLIDAY', 'Tết Âm lịch'), ('2020-01-24', 'HOLIDAY', 'Tết Âm lịch'), ('2020-01-25', 'HOLIDAY', 'Tết Âm lịch'),
 ('2020-01-26', 'HOLIDAY', 'Tết Âm lịch'), ('2020-01-27', 'HOLIDAY', 'Tết Âm lịch'),
 ('2020-01-28', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'), ('2020-01-29', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'),
 ('2020-04-02', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2020-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2020-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2020-09-02', 'HOLIDAY', 'Quốc khánh'),
 -- 2021
 ('2021-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2021-02-10', 'HOLIDAY', 'Tết Âm lịch'), ('2021-02-11', 'HOLIDAY', 'Tết Âm lịch'), ('2021-02-12', 'HOLIDAY', 'Tết Âm lịch'),
 ('2021-02-13', 'HOLIDAY', 'Tết Âm lịch'), ('2021-02-14', 'HOLIDAY', 'Tết Âm lịch'),
 ('2021-02-15', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'), ('2021-02-16', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'),
 ('2021-04-21', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2021-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2021-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2021-05-03', 'COMPENSATORY', 'Nghỉ bù Ngày Quốc tế lao động'),
 ('2021-09-02', 'HOLIDAY', 'Quốc khánh'), ('2021-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
 -- 2022
 ('2022-01-01', 'HOLIDAY', 'Tết Dương lịch'), ('2022-01-03', 'COMPENSATORY', 'Nghỉ bù Tết Dương lịch'),
 ('2022-01-31', 'HOLIDAY', 'Tết Âm lịch'), ('2022-02-01', 'HOLIDAY', 'Tết Âm lịch'), ('2022-02-02', 'HOLIDAY', 'Tết Âm lịch'),
 ('2022-02-03', 'HOLIDAY', 'Tết Âm lịch'), ('2022-02-04', 'HOLIDAY', 'Tết Âm lịch'),
 ('2022-04-10', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'), ('2022-04-11', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
 ('2022-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2022-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2022-05-02', 'COMPENSATORY', 'Nghỉ bù Ngày Chiến thắng'), ('2022-05-03', 'COMPENSATORY', 'Nghỉ bù Ngày Quốc tế lao động'),
 ('2022-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'), ('2022-09-02', 'HOLIDAY', 'Quốc khánh'),
 -- 2023
 ('2023-01-01', 'HOLIDAY', 'Tết Dương lịch'), ('2023-01-02', 'COMPENSATORY', 'Nghỉ bù Tết Dương lịch'),
 ('2023-01-20', 'HOLIDAY', 'Tết Âm lịch'), ('2023-01-21', 'HOLIDAY', 'Tết Âm lịch'), ('2023-01-22', 'HOLIDAY', 'Tết Âm lịch'),
 ('2023-01-23', 'HOLIDAY', 'Tết Âm lịch'), ('2023-01-24', 'HOLIDAY', 'Tết Âm lịch'),
 ('2023-01-25', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'), ('2023-01-26', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'),
 ('2023-04-29', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'), ('2023-04-30', 'HOLIDAY', 'Ngày Chiến thắng'),
 ('2023-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2023-05-02', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương'), ('2023-05-03', 'COMPENSATORY', 'Nghỉ bù Ngày Chiến thắng'),
 ('2023-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'), ('2023-09-02', 'HOLIDAY', 'Quốc khánh'),
 ('2023-09-04', 'COMPENSATORY', 'Nghỉ bù Quốc khánh'),
 -- 2024
 ('2024-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2024-02-08', 'HOLIDAY', 'Tết Âm lịch'), ('2024-02-09', 'HOLIDAY', 'Tết Âm lịch'), ('2024-02-10', 'HOLIDAY', 'Tết Âm lịch'),
 ('2024-02-11', 'HOLIDAY', 'Tết Âm lịch'), ('2024-02-12', 'HOLIDAY', 'Tết Âm lịch'),
 ('2024-02-13', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'), ('2024-02-14', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch'),
 ('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2024-04-29', 'SWAPPED_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'),
 ('2024-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2024-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2024-05-04', 'SWAPPED_WORK', 'Làm bù cho thứ Hai 29/4'),
 ('2024-09-02', 'HOLIDAY', 'Quốc khánh'), ('2024-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
 -- 2025
 ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2025-01-27', 'SWAPPED_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 08/2)'),
 ('2025-01-28', 'HOLIDAY', 'Tết Âm lịch'), ('2025-01-29', 'HOLIDAY', 'Tết Âm lịch'), ('2025-01-30', 'HOLIDAY', 'Tết Âm lịch'),
 ('2025-01-31', 'HOLIDAY', 'Tết Âm lịch'), ('2025-02-01', 'HOLIDAY', 'Tết Âm lịch'),
 ('2025-02-08', 'SWAPPED_WORK', 'Làm bù cho thứ Hai 27/01'),
 ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2025-04-26', 'SWAPPED_WORK', 'Làm bù cho thứ Sáu 02/5'),
 ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2025-05-02', 'SWAPPED_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
 ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'), ('2025-09-02', 'HOLIDAY', 'Quốc khánh'),
 -- 2026
 ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2026-02-16', 'HOLIDAY', 'Tết Âm lịch'), ('2026-02-17', 'HOLIDAY', 'Tết Âm lịch'), ('2026-02-18', 'HOLIDAY', 'Tết Âm lịch'),
 ('2026-02-19', 'HOLIDAY', 'Tết Âm lịch'), ('2026-02-20', 'HOLIDAY', 'Tết Âm lịch'),
 ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'), ('2026-04-27', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
 ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'), ('2026-09-02', 'HOLIDAY', 'Quốc khánh'),
 -- 2027 (not yet decided)
 ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2027-02-05', 'HOLIDAY', 'Tết Âm lịch (dự kiến)'), ('2027-02-06', 'HOLIDAY', 'Tết Âm lịch (dự kiến)'),
 ('2027-02-07', 'HOLIDAY', 'Tết Âm lịch (dự kiến)'), ('2027-02-08', 'HOLIDAY', 'Tết Âm lịch (dự kiến)'),
 ('2027-02-09', 'HOLIDAY', 'Tết Âm lịch (dự kiến)'),
 ('2027-02-10', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch (dự kiến)'), ('2027-02-11', 'COMPENSATORY', 'Nghỉ bù Tết Âm lịch (dự kiến)'),
 ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng'), ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
 ('2027-05-03', 'COMPENSATORY', 'Nghỉ bù Ngày Quốc tế lao động'),
 ('2027-09-02', 'HOLIDAY', 'Quốc khánh'), ('2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề, dự kiến)');
