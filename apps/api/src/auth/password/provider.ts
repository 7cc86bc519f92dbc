import type { Provider } from "@openauthjs/openauth/provider/provider";
import { changeRoutes } from "./change.ts";
import type { PasswordFlowConfig, SignedIn } from "./config.ts";
import { loginRoutes } from "./login.ts";
import { registerRoutes } from "./register.ts";

/**
 * UpNest's e-mail + password provider for OpenAuth: the same routes, storage
 * keys and password hashes as OpenAuth's PasswordProvider, with UpNest's own
 * pages and attempt limits held in the table.
 */
export function passwordProvider(config: PasswordFlowConfig): Provider<SignedIn> {
  return {
    type: "password",
    init(routes, ctx) {
      const login = loginRoutes(config, ctx);
      const register = registerRoutes(config, ctx);
      const change = changeRoutes(config, ctx);
      routes.get("/authorize", login.show);
      routes.post("/authorize", login.submit);
      routes.get("/register", register.show);
      routes.post("/register", register.submit);
      routes.get("/change", change.show);
      routes.post("/change", change.submit);
    },
  };
}
