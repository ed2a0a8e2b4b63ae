package vn.binhyen.identity;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.binhyen.geo.Geography;
import vn.binhyen.geo.Zone;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.shared.DemoSeeder;

/**
 * The demo province's agencies (Thanh Hóa after the 2025 reorganisation) and one user per role
 * and agency, all with the demo password.
 */
@Component
class DemoAccounts implements DemoSeeder {

	record DemoAgency(String code, String name, String nameEn, String kind) {
	}

	static final List<DemoAgency> AGENCIES = List.of(
			new DemoAgency(InitialAccounts.STEERING_OFFICE, "Văn phòng thường trực Ban Chỉ đạo tỉnh", "Steering committee standing office", "STEERING"),
			new DemoAgency("CA-PA04", "Phòng An ninh kinh tế - Công an tỉnh", "Provincial Police, Economic Security Division", "POLICE"),
			new DemoAgency("SNV", "Sở Nội vụ (lĩnh vực lao động)", "Department of Home Affairs (labour)", "HOME_AFFAIRS"),
			new DemoAgency("TTT", "Thanh tra tỉnh (thanh tra lao động)", "Provincial Inspectorate (labour inspection)", "LABOR_INSPECTION"),
			new DemoAgency("SYT", "Sở Y tế", "Department of Health", "HEALTH"),
			new DemoAgency("LDLD", "Liên đoàn Lao động tỉnh", "Provincial Labour Federation", "TRADE_UNION"),
			new DemoAgency("BQL-KKT", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Nghi Son EZ and Industrial Zones Board", "ZONE_BOARD"));

	private final IdentityManagement identity;
	private final Accounts accounts;
	private final Geography geography;

	DemoAccounts(IdentityManagement identity, Accounts accounts, Geography geography) {
		this.identity = identity;
		this.accounts = accounts;
		this.geography = geography;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void seed(DemoRequest request) {
		for (DemoAgency a : AGENCIES) {
			if (accounts.agency(a.code()).isEmpty()) {
				identity.createAgency(a.code(), a.name(), a.nameEn(), a.kind());
			}
		}
		List<String> zoneBoardZones = geography.zones().stream().map(Zone::code).toList();
		user(request, "admin", "Quản trị hệ thống", InitialAccounts.STEERING_OFFICE, Set.of(Role.ADMIN), List.of(), List.of());
		user(request, "coordinator", "Điều phối viên", InitialAccounts.STEERING_OFFICE, Set.of(Role.COORDINATOR), List.of(), List.of());
		user(request, "police", "Cán bộ PA04", "CA-PA04", Set.of(Role.OFFICER), List.of(), List.of());
		user(request, "labor", "Cán bộ Sở Nội vụ", "SNV", Set.of(Role.OFFICER), List.of(), List.of());
		user(request, "health", "Cán bộ Sở Y tế", "SYT", Set.of(Role.OFFICER), List.of(), List.of());
		user(request, "union", "Cán bộ LĐLĐ tỉnh", "LDLD", Set.of(Role.OFFICER), List.of(), List.of());
		user(request, "zone", "Cán bộ Ban Quản lý KKT", "BQL-KKT", Set.of(Role.OFFICER), List.of(), zoneBoardZones);
		user(request, "analyst", "Chuyên viên phân tích", InitialAccounts.STEERING_OFFICE, Set.of(Role.ANALYST), List.of(), List.of());
	}

	private void user(DemoRequest request, String username, String name, String agency, Set<Role> roles, List<String> units,
			List<String> zones) {
		if (accounts.byUsername(username).isPresent()) {
			identity.setPassword(username, request.password(), false);
			return;
		}
		// the demo's province-level agencies act on the whole province; the zone board only in its zones
		identity.createUser(new UserForm(username, name, agency, roles, units, zones, username + "@demo.binhyen.local",
				request.password(), units.isEmpty() && zones.isEmpty()), false);
	}
}
