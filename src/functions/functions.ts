/// <reference types="custom-functions-runtime" />
/* global CustomFunctions */
/**
 * Excel custom functions (namespace BAOCAO, e.g. =BAOCAO.DOCSO(A1; "triệu đồng")).
 *
 * The JSDoc below is the functions' metadata: custom-functions-metadata-plugin reads it at build
 * time to write functions.json, and its loader appends the CustomFunctions.associate calls to this
 * file — do not write them by hand. The logic lives in the files index.ts gathers (one a function,
 * pure, tested without Excel); here an error result becomes a CustomFunctions.Error: #VALUE! (with
 * its Vietnamese message) or #NUM! (Excel shows no custom message for #NUM!, so none is passed).
 */
import * as impl from "./index";

function toExcelError(e: impl.FnError): CustomFunctions.Error {
  return e.kind === "num"
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
}

/** Runs an impl function; only ever throws a CustomFunctions.Error. */
function run(f: () => impl.FnResult): string {
  let r: impl.FnResult;
  try {
    r = f();
  } catch (e) {
    r = new impl.FnError("value", `Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof r === "string") return r;
  // Excel shows a thrown CustomFunctions.Error as the cell's error value (it is not an Error subclass).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw toExcelError(r);
}

/**
 * Đọc số thành chữ như trên chứng từ thanh toán: 13570 → "Mười ba nghìn năm trăm bảy mươi"; với đơn vị "triệu đồng" số tiền được đọc ra đồng: "Mười ba tỷ năm trăm bảy mươi triệu đồng".
 * @customfunction DOCSO
 * @param so Số cần đọc (trị tuyệt đối nhỏ hơn 10^18).
 * @param [donvi] Đơn vị của số tiền: "đồng" (hoặc "VNĐ", "đ"), "nghìn đồng" ("ngàn đ", "nghìn VNĐ", "1.000 đồng"), "triệu đồng" ("triệu VNĐ", "Tr.đ", "trđ") hoặc "tỷ đồng" ("tỷ VNĐ"), có dấu hay không dấu; bỏ trống để đọc số không kèm đơn vị. Đơn vị khác cho #VALUE!.
 * @param [tuychon] Các tùy chọn, cách nhau bằng dấu phẩy: "lẻ" (thay "linh"), "ngàn" (thay "nghìn"), "tư" (4 sau "mươi"), "chẵn" (thêm "chẵn" sau "đồng", cần có đơn vị), "thường" (không viết hoa chữ đầu). Tùy chọn lạ hoặc trái nhau cho #VALUE!.
 * @param [sole] Số chữ số thập phân được đọc (0 đến 10, làm tròn xa số 0); bỏ trống: số tiền theo "đồng" đọc tròn đồng, số khác đọc đủ các chữ số thập phân thật của số (Excel giữ 15 chữ số có nghĩa).
 * @returns Số viết bằng chữ.
 */
export function docSo(so: number, donvi?: string, tuychon?: string, sole?: number): string {
  return run(() => impl.docSo(so, donvi, tuychon, sole));
}

/**
 * Viết số theo cách viết Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân): 8962,46 → "8.962,46".
 * @customfunction SOVN
 * @param so Số cần viết.
 * @param [sole] Số chữ số thập phân (0 đến 10, làm tròn xa số 0); bỏ trống để giữ đúng số chữ số thập phân của số (tối đa 10).
 * @returns Số dưới dạng văn bản theo cách viết Việt Nam.
 */
export function soVn(so: number, sole?: number): string {
  return run(() => impl.soVN(so, sole));
}

/**
 * Tính tỷ lệ phần trăm như báo cáo vẫn ghi: 1.050 trên 1.710 → "61,4%".
 * @customfunction TYLE
 * @param tuso Tử số (ví dụ số hồ sơ trực tuyến).
 * @param mauso Mẫu số (ví dụ tổng số hồ sơ); khác 0.
 * @param [sole] Số chữ số thập phân (0 đến 10, mặc định 1, làm tròn xa số 0).
 * @returns Tỷ lệ phần trăm dưới dạng văn bản.
 */
export function tyLe(tuso: number, mauso: number, sole?: number): string {
  return run(() => impl.tyLe(tuso, mauso, sole));
}

/**
 * Kiểm tra tổng: cộng chính xác các số trong vùng (bỏ qua ô trống, đọc được số viết dạng văn bản như "1.970") và so với tổng ghi, cho phép sai số làm tròn theo số chữ số thập phân của tổng ghi. Trả về "Khớp" hoặc "Lệch ... (cộng được ..., ghi ...)".
 * @customfunction KIEMTRATONG
 * @param cacso Vùng các số thành phần.
 * @param tong Tổng ghi trong báo cáo (số, hoặc văn bản như "8.962,46").
 * @returns "Khớp" hoặc mô tả độ lệch.
 */
// `any[][]` is how custom-functions-metadata declares a range of any values (numbers, text, blanks).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function kiemTraTong(cacso: any[][], tong: number | string): string {
  return run(() => impl.kiemTraTong(cacso, tong));
}

/**
 * Đánh giá kết quả thực hiện so với chỉ tiêu ("95%", "80% trở lên", "trên 50%", "30% - 50%", "10 - 15", "nhóm 3/13"): trả về "Đạt" hoặc "Chưa đạt (...)". Khi chỉ tiêu là tỷ lệ phần trăm và bỏ trống đơn vị, số thực hiện từ 0 đến 1 được hiểu là phân số (0,97 là 97%); với đơn vị "%" số thực hiện đã tính bằng phần trăm.
 * @customfunction DATCHITIEU
 * @param thuchien Số thực hiện (với chỉ tiêu xếp hạng: thứ hạng đạt được).
 * @param muctieu Chỉ tiêu như ghi trong kế hoạch, ví dụ "80% trở lên".
 * @param [donvi] Đơn vị của chỉ tiêu: "%", "lượt"...
 * @returns "Đạt" hoặc "Chưa đạt" kèm mức thiếu.
 */
export function datChiTieu(thuchien: number | string, muctieu: string | number, donvi?: string): string {
  return run(() => impl.datChiTieu(thuchien, muctieu, donvi));
}
