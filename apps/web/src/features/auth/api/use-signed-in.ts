import { useSyncExternalStore } from "react";
import { isSignedIn, subscribe } from "../../../lib/auth.ts";

/** Whether this device holds a session; follows sign-in, sign-out and other tabs. */
export const useSignedIn = () => useSyncExternalStore(subscribe, isSignedIn);
