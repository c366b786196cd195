package org.chinatechgraph.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a credential may do besides reading. A credential configured without roles has them all, as every
 * credential could do everything before roles existed.
 */
public enum Role {

	/** Previews and ingests articles and fact files. */
	INGEST,

	/** Merges nodes and undoes merges, dismisses review entries, retracts articles. */
	CURATE,

	/** Reads the service's metrics, its info and the details of its health. */
	OPS;

	/** The authority Spring Security checks for this role, {@code ROLE_INGEST} and so on. */
	GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The authorities of these roles; all roles' when none is given. */
	static List<GrantedAuthority> authorities(List<Role> roles) {
		List<Role> granted = (roles == null || roles.isEmpty()) ? List.of(values()) : roles;
		return granted.stream().map(Role::authority).toList();
	}

}
